package vn.edu.hocbaso.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.record.RecordCorrections;

/** Before the lock the school withdraws the record, as the person who asked. */
@Component
class WithdrawRecordDelegate implements JavaDelegate {

	private static final Logger LOG = LoggerFactory.getLogger(WithdrawRecordDelegate.class);

	private final RecordCorrections corrections;

	WithdrawRecordDelegate(RecordCorrections corrections) {
		this.corrections = corrections;
	}

	@Override
	public void execute(DelegateExecution execution) {
		corrections.withdraw(CorrectionSteps.recordId(execution), CorrectionSteps.requestedBy(execution),
				CorrectionSteps.reason(execution));
		LOG.info("{}: record withdrawn", execution.getBusinessKey());
	}

}
