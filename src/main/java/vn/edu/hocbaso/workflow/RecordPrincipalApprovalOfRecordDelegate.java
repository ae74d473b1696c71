package vn.edu.hocbaso.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.record.RecordApprovals;

/** The principal's approval of one record: confirms that the school board signed it. */
@Component
class RecordPrincipalApprovalOfRecordDelegate implements JavaDelegate {

	private final RecordApprovals approvals;

	RecordPrincipalApprovalOfRecordDelegate(RecordApprovals approvals) {
		this.approvals = approvals;
	}

	@Override
	public void execute(DelegateExecution execution) {
		approvals.approveAsPrincipal(ProcessValues.id(execution, ProcessVariables.RECORD_ID),
				ProcessValues.actor(execution));
	}

}
