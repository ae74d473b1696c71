package vn.edu.hocbaso.workflow;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.notification.Notices;
import vn.edu.hocbaso.organisation.Role;

/**
 * The supplementary close-off passed while a pupil's evaluation still runs. The work goes on (the department
 * decides on an extension); the homeroom teacher and the school board are told. Acts as the system.
 */
@Component
class NoticeCloseOffPassedDelegate implements JavaDelegate {

	static final String NOTICE = "workflow.classbook.notice.supplementaryCloseOffPassed";

	private static final Logger LOG = LoggerFactory.getLogger(NoticeCloseOffPassedDelegate.class);

	private final Notices notices;

	private final PupilNames names;

	NoticeCloseOffPassedDelegate(Notices notices, PupilNames names) {
		this.notices = notices;
		this.names = names;
	}

	@Override
	public void execute(DelegateExecution execution) {

		List<String> pupil = List.of(names.ofRecord(ProcessValues.id(execution, ProcessVariables.RECORD_ID)));
		notices.toHomeroomTeacher(ProcessValues.id(execution, ProcessVariables.CLASS_ID), NOTICE, pupil);
		notices.toSchool(ProcessValues.id(execution, ProcessVariables.SCHOOL_ID),
				List.of(Role.PRINCIPAL, Role.VICE_PRINCIPAL), NOTICE, pupil);

		LOG.info("{}: supplementary close-off passed before acceptance", execution.getBusinessKey());
	}

}
