package vn.edu.hocbaso.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.record.RecordApprovals;

/** The homeroom teacher's approval of one record: confirms that she signed it. */
@Component
class RecordTeacherApprovalOfRecordDelegate implements JavaDelegate {

	private final RecordApprovals approvals;

	RecordTeacherApprovalOfRecordDelegate(RecordApprovals approvals) {
		this.approvals = approvals;
	}

	@Override
	public void execute(DelegateExecution execution) {
		approvals.approveAsTeacher(ProcessValues.id(execution, ProcessVariables.RECORD_ID),
				ProcessValues.actor(execution));
	}

}
