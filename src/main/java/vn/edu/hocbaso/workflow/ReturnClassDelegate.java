package vn.edu.hocbaso.workflow;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.notification.Notices;
import vn.edu.hocbaso.organisation.SchoolClassRepository;
import vn.edu.hocbaso.record.RecordApprovals;

/**
 * The principal returns the class with a reason: the approvals are voided and the records go back to DRAFT
 * (a blank reason is refused by the record module and rolls back the principal's task), and the homeroom
 * teacher is told why.
 */
@Component
class ReturnClassDelegate implements JavaDelegate {

	static final String NOTICE = "workflow.classbook.notice.classReturned";

	private static final Logger LOG = LoggerFactory.getLogger(ReturnClassDelegate.class);

	private final RecordApprovals approvals;

	private final Notices notices;

	private final SchoolClassRepository classes;

	ReturnClassDelegate(RecordApprovals approvals, Notices notices, SchoolClassRepository classes) {
		this.approvals = approvals;
		this.notices = notices;
		this.classes = classes;
	}

	@Override
	public void execute(DelegateExecution execution) {

		long classId = ProcessValues.id(execution, ProcessVariables.CLASS_ID);
		String reason = ProcessValues.text(execution, ProcessValues.RETURN_REASON);
		int returned = approvals.returnClass(classId, ProcessValues.actor(execution), reason);

		String className = classes.findById(classId).orElseThrow().getName();
		notices.toHomeroomTeacher(classId, NOTICE, List.of(className, reason.strip()));
		LOG.info("{}: principal returned {} records", execution.getBusinessKey(), returned);
	}

}
