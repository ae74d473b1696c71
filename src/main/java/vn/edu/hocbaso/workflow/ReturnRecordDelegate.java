package vn.edu.hocbaso.workflow;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.notification.Notices;
import vn.edu.hocbaso.record.RecordApprovals;

/**
 * The principal returns one record with a reason (a blank reason is refused and rolls back the task), and the
 * homeroom teacher is told why.
 */
@Component
class ReturnRecordDelegate implements JavaDelegate {

	static final String NOTICE = "workflow.classbook.notice.recordReturned";

	private static final Logger LOG = LoggerFactory.getLogger(ReturnRecordDelegate.class);

	private final RecordApprovals approvals;

	private final Notices notices;

	private final PupilNames names;

	ReturnRecordDelegate(RecordApprovals approvals, Notices notices, PupilNames names) {
		this.approvals = approvals;
		this.notices = notices;
		this.names = names;
	}

	@Override
	public void execute(DelegateExecution execution) {

		long recordId = ProcessValues.id(execution, ProcessVariables.RECORD_ID);
		String reason = ProcessValues.text(execution, ProcessValues.RETURN_REASON);
		approvals.returnRecord(recordId, ProcessValues.actor(execution), reason);

		notices.toHomeroomTeacher(ProcessValues.id(execution, ProcessVariables.CLASS_ID), NOTICE,
				List.of(names.ofRecord(recordId), reason.strip()));
		LOG.info("{}: principal returned the record", execution.getBusinessKey());
	}

}
