package vn.edu.hocbaso.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.record.RecordApprovals;

/**
 * Ends the preparation of a class. A record that fails the checks refuses it with {@code ClassNotReady}, which
 * rolls back the completion of the preparation task: the teacher stays on it and sees the failing pupils.
 */
@Component
class CompletePreparationDelegate implements JavaDelegate {

	private final RecordApprovals approvals;

	CompletePreparationDelegate(RecordApprovals approvals) {
		this.approvals = approvals;
	}

	@Override
	public void execute(DelegateExecution execution) {

		approvals.completePreparation(ProcessValues.id(execution, ProcessVariables.CLASS_ID),
				ProcessValues.actor(execution));

		execution.removeVariables(ProcessValues.ROUND_DECISIONS);
	}

}
