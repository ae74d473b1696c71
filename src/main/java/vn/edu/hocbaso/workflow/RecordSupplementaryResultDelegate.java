package vn.edu.hocbaso.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.record.RecordApprovals;

/**
 * The result of the summer's evaluation: whether the pupil now completed the grade, with the teacher's note.
 * The gateway after it reads the same answer to ask the principal about promotion when the pupil did not.
 */
@Component
class RecordSupplementaryResultDelegate implements JavaDelegate {

	private static final Logger LOG = LoggerFactory.getLogger(RecordSupplementaryResultDelegate.class);

	private final RecordApprovals approvals;

	RecordSupplementaryResultDelegate(RecordApprovals approvals) {
		this.approvals = approvals;
	}

	@Override
	public void execute(DelegateExecution execution) {

		boolean completed = ProcessValues.yes(execution, ProcessValues.COMPLETED_AFTER_REVIEW);
		approvals.recordSupplementaryResult(ProcessValues.id(execution, ProcessVariables.RECORD_ID),
				ProcessValues.actor(execution), completed,
				ProcessValues.text(execution, ProcessValues.EVALUATION_NOTE));

		LOG.info("{}: supplementary evaluation recorded, completed: {}", execution.getBusinessKey(), completed);
	}

}
