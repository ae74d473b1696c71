package vn.edu.hocbaso.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.record.RecordApprovals;

/** The principal's approval: confirms that the school board signed what the homeroom teacher signed. */
@Component
class RecordPrincipalApprovalDelegate implements JavaDelegate {

	private static final Logger LOG = LoggerFactory.getLogger(RecordPrincipalApprovalDelegate.class);

	private final RecordApprovals approvals;

	RecordPrincipalApprovalDelegate(RecordApprovals approvals) {
		this.approvals = approvals;
	}

	@Override
	public void execute(DelegateExecution execution) {

		int approved = approvals.approveClassAsPrincipal(ProcessValues.id(execution, ProcessVariables.CLASS_ID),
				ProcessValues.actor(execution));

		LOG.info("{}: principal signed {} records", execution.getBusinessKey(), approved);
	}

}
