package vn.edu.hocbaso.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.record.RecordCorrections;

/** Before the lock the school starts a replacement; the call activity approves it as {@code replacementId}. */
@Component
class StartReplacementDelegate implements JavaDelegate {

	private static final Logger LOG = LoggerFactory.getLogger(StartReplacementDelegate.class);

	private final RecordCorrections corrections;

	StartReplacementDelegate(RecordCorrections corrections) {
		this.corrections = corrections;
	}

	@Override
	public void execute(DelegateExecution execution) {

		long replacementId = corrections.startReplacement(CorrectionSteps.recordId(execution),
				CorrectionSteps.requestedBy(execution), CorrectionSteps.reason(execution));
		execution.setVariable(CorrectionVariables.REPLACEMENT_ID, replacementId);
		LOG.info("{}: replacement record-{} started", execution.getBusinessKey(), replacementId);
	}

}
