package vn.edu.hocbaso.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.record.RecordApprovals;

/** Ends the preparation of one record; a record that fails the checks refuses it and the task stays open. */
@Component
class CompleteRecordPreparationDelegate implements JavaDelegate {

	private final RecordApprovals approvals;

	CompleteRecordPreparationDelegate(RecordApprovals approvals) {
		this.approvals = approvals;
	}

	@Override
	public void execute(DelegateExecution execution) {

		approvals.completePreparationOf(ProcessValues.id(execution, ProcessVariables.RECORD_ID),
				ProcessValues.actor(execution));

		execution.removeVariables(ProcessValues.ROUND_DECISIONS);
	}

}
