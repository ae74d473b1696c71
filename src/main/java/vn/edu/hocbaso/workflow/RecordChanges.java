package vn.edu.hocbaso.workflow;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.notification.Notices;
import vn.edu.hocbaso.organisation.Role;
import vn.edu.hocbaso.organisation.SchoolClass;
import vn.edu.hocbaso.organisation.SchoolClassRepository;
import vn.edu.hocbaso.record.CheckedRecordChanged;

/**
 * A checked or approved record was changed: the class record book, or the record's own approval (supplementary
 * evaluation, replacement), goes back to preparation through message {@code RecordsChanged}, and the homeroom
 * teacher and the school board are told whose record changed. Runs in the editing transaction, so that the edit
 * and the process's step back commit or roll back together.
 */
@Component
class RecordChanges {

	static final String MESSAGE = "RecordsChanged";

	static final String NOTICE = "workflow.classbook.notice.recordChanged";

	private static final List<Role> BOARD = List.of(Role.PRINCIPAL, Role.VICE_PRINCIPAL);

	private static final Logger LOG = LoggerFactory.getLogger(RecordChanges.class);

	private final RuntimeService runtime;

	private final Notices notices;

	private final SchoolClassRepository classes;

	private final PupilNames pupilNames;

	RecordChanges(RuntimeService runtime, Notices notices, SchoolClassRepository classes, PupilNames pupilNames) {
		this.runtime = runtime;
		this.notices = notices;
		this.classes = classes;
		this.pupilNames = pupilNames;
	}

	@EventListener
	void on(CheckedRecordChanged changed) {

		// Nothing may wait (the class is still in preparation): correlating all answers empty then, not a failure.
		int restarted = correlate(BusinessKeys.classBook(changed.classId()))
				+ correlate(BusinessKeys.record(changed.recordId()));
		if (restarted == 0) {
			return;
		}

		SchoolClass schoolClass = classes.findWithSchoolById(changed.classId()).orElseThrow();
		List<String> arguments = List.of(pupilNames.ofRecord(changed.recordId()), schoolClass.getName());
		notices.toHomeroomTeacher(changed.classId(), NOTICE, arguments);
		notices.toSchool(schoolClass.getSchool().getId(), BOARD, NOTICE, arguments);
		LOG.info("record-{} of class-{} changed after approval: back to preparation", changed.recordId(),
				changed.classId());
	}

	private int correlate(String businessKey) {
		return runtime.createMessageCorrelation(MESSAGE)
			.processInstanceBusinessKey(businessKey)
			.correlateAllWithResult()
			.size();
	}

}
