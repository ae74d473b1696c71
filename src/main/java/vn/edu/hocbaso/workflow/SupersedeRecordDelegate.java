package vn.edu.hocbaso.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.record.RecordCorrections;

/** The replacement was accepted: the old record gives way to it. */
@Component
class SupersedeRecordDelegate implements JavaDelegate {

	private static final Logger LOG = LoggerFactory.getLogger(SupersedeRecordDelegate.class);

	private final RecordCorrections corrections;

	SupersedeRecordDelegate(RecordCorrections corrections) {
		this.corrections = corrections;
	}

	@Override
	public void execute(DelegateExecution execution) {
		corrections.completeReplacement(ProcessValues.id(execution, CorrectionVariables.REPLACEMENT_ID));
		LOG.info("{}: record superseded by its replacement", execution.getBusinessKey());
	}

}
