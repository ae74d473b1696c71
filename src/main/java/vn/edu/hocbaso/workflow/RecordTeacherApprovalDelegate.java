package vn.edu.hocbaso.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.record.RecordApprovals;

/**
 * The homeroom teacher's approval of the class: confirms that the person who completed the task signed every
 * record of the class book (the signatures are made beforehand, record by record); refused while one is unsigned.
 */
@Component
class RecordTeacherApprovalDelegate implements JavaDelegate {

	private static final Logger LOG = LoggerFactory.getLogger(RecordTeacherApprovalDelegate.class);

	private final RecordApprovals approvals;

	RecordTeacherApprovalDelegate(RecordApprovals approvals) {
		this.approvals = approvals;
	}

	@Override
	public void execute(DelegateExecution execution) {

		int approved = approvals.approveClassAsTeacher(ProcessValues.id(execution, ProcessVariables.CLASS_ID),
				ProcessValues.actor(execution));

		LOG.info("{}: homeroom teacher signed {} records", execution.getBusinessKey(), approved);
	}

}
