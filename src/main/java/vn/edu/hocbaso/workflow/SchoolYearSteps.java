package vn.edu.hocbaso.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.notification.Notices;
import vn.edu.hocbaso.organisation.Role;
import vn.edu.hocbaso.organisation.SchoolClass;
import vn.edu.hocbaso.organisation.SchoolClassRepository;
import vn.edu.hocbaso.record.RecordApprovals;
import vn.edu.hocbaso.registry.TransparencyLog;
import vn.edu.hocbaso.schoolyear.CalendarManagement;
import vn.edu.hocbaso.schoolyear.CloseOff;
import vn.edu.hocbaso.schoolyear.DeadlineRefused;
import vn.edu.hocbaso.schoolyear.Deadlines;
import vn.edu.hocbaso.schoolyear.LateClass;

/**
 * The steps of the school year process (processes/schoolYearProcess.bpmn), each called by one thin delegate
 * (OpenClassBooksDelegate, LockMainAcceptedDelegate and so on). Timer-driven steps act as the system; the
 * department's decision acts as the officer who completed the task ({@code actorStaffId}).
 */
@Component
class SchoolYearSteps {

	static final String LATE_CLASS_IDS = "lateClassIds";

	static final String LATE_CLASS_COUNT = "lateClassCount";

	static final String EXTENSION_GRANTED = "extensionGranted";

	static final String DECISION = "escalationDecision";

	static final String EXTENDED_UNTIL = "extendedUntil";

	static final String NOTE = "escalationNote";

	static final String ACTOR_STAFF_ID = "actorStaffId";

	private static final List<Role> SCHOOL_OFFICE = List.of(Role.PRINCIPAL, Role.VICE_PRINCIPAL, Role.SCHOOL_CLERK);

	private static final Logger LOG = LoggerFactory.getLogger(SchoolYearSteps.class);

	private final ClassBooks classBooks;

	private final SchoolClassRepository classes;

	private final RecordApprovals approvals;

	private final Notices notices;

	private final CalendarManagement calendar;

	private final Deadlines deadlines;

	private final TransparencyLog registryLog;

	SchoolYearSteps(ClassBooks classBooks, SchoolClassRepository classes, RecordApprovals approvals, Notices notices,
			CalendarManagement calendar, Deadlines deadlines, TransparencyLog registryLog) {
		this.classBooks = classBooks;
		this.classes = classes;
		this.approvals = approvals;
		this.notices = notices;
		this.calendar = calendar;
		this.deadlines = deadlines;
		this.registryLog = registryLog;
	}

	void openClassBooks(DelegateExecution execution) {

		List<SchoolClass> schoolClasses = classes.findBySchoolAndYear(schoolId(execution), schoolYearId(execution));

		schoolClasses.forEach(schoolClass -> classBooks.open(schoolClass.getId()));

		LOG.info("School year {}: {} class record books opened", execution.getProcessBusinessKey(),
				schoolClasses.size());
	}

	void remind(DelegateExecution execution, CloseOff closeOff) {

		long schoolId = schoolId(execution);
		long yearId = schoolYearId(execution);
		String when = CalendarManagement.shown(deadlines.schedule(schoolId, yearId).closeOff(closeOff));
		List<Long> open = approvals.classesNotAccepted(schoolId, yearId);

		notices.toSchool(schoolId, SCHOOL_OFFICE, "deadlines.notice.reminder." + closeOff,
				List.of(when, String.valueOf(open.size())));
		open.forEach(classId -> notices.toHomeroomTeacher(classId, "deadlines.notice.reminderClass." + closeOff,
				List.of(when)));

		LOG.info("School year {}: reminder before the {} close-off sent, {} classes not yet accepted",
				execution.getProcessBusinessKey(), closeOff, open.size());
	}

	/**
	 * Locks what was accepted, on the school's side and in the department's registry (its records locked, added
	 * to the transparency log and a checkpoint signed), in the job's one transaction; then lists the classes for
	 * the department, leaving out those already late.
	 */
	void lock(DelegateExecution execution, CloseOff closeOff) {

		long schoolId = schoolId(execution);
		long yearId = schoolYearId(execution);
		int locked = approvals.lockAccepted(schoolId, yearId);
		TransparencyLog.Locked inRegistry = registryLog.lock(schoolId, yearId);
		Set<Long> recordedLate = calendar.lateClasses(yearId, schoolId).stream()
			.filter(late -> late.getCloseOff() == closeOff)
			.map(LateClass::getClassId)
			.collect(Collectors.toSet());
		List<Long> late = approvals.classesNotAccepted(schoolId, yearId).stream()
			.filter(classId -> !recordedLate.contains(classId))
			.toList();

		execution.setVariable(LATE_CLASS_IDS, IdLists.text(late));
		execution.setVariable(LATE_CLASS_COUNT, late.size());
		execution.setVariable(EXTENSION_GRANTED, false);

		LOG.info("School year {}: {} close-off passed, {} records locked ({} in the registry), {} classes escalated "
				+ "to the department", execution.getProcessBusinessKey(), closeOff, locked, inRegistry.records(),
				late.size());
	}

	/** The department's decision on one class: extend the school's close-off, or record the class as late. */
	void applyDecision(DelegateExecution execution, CloseOff closeOff) {

		long schoolId = schoolId(execution);
		long yearId = schoolYearId(execution);
		long classId = ((Number) execution.getVariable(ProcessVariables.CLASS_ID)).longValue();
		Object decision = execution.getVariable(DECISION);
		String note = (String) execution.getVariable(NOTE);
		Long staffId = staffId(execution.getVariable(ACTOR_STAFF_ID));

		if ("EXTEND".equals(decision)) {
			Instant until = closeOffDate(execution.getVariable(EXTENDED_UNTIL));
			calendar.grantExtension(yearId, schoolId, closeOff, until, note, staffId);
			execution.setVariable(EXTENSION_GRANTED, true);
		}
		else if ("LATE".equals(decision)) {
			calendar.recordLate(yearId, schoolId, classId, closeOff, note, staffId);
		}
		else {
			throw new DeadlineRefused("deadlines.escalation.decisionMissing");
		}

		LOG.info("School year {}: department decided {} for class {} at the {} close-off",
				execution.getProcessBusinessKey(), decision, classId, closeOff);
	}

	/**
	 * The date the officer picked, as the close-off instant: 00:00 of that day in Vietnam, the calendar's own
	 * convention ("before 30/6"). Taken from a date text ("2027-07-15"), a date-time text or a Date; whatever
	 * the task list sends, the officer's day is what counts.
	 */
	static Instant closeOffDate(Object value) {

		LocalDate day;
		if (value instanceof Date date) {
			day = date.toInstant().atZone(Deadlines.VIETNAM).toLocalDate();
		}
		else if (value instanceof String text && !text.isBlank()) {
			day = day(text.strip());
		}
		else {
			throw new DeadlineRefused("deadlines.escalation.dateMissing");
		}

		return day.atStartOfDay(Deadlines.VIETNAM).toInstant();
	}

	private static LocalDate day(String text) {
		try {
			return text.length() <= 10 ? LocalDate.parse(text)
					: OffsetDateTime.parse(text).atZoneSameInstant(Deadlines.VIETNAM).toLocalDate();
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDate.parse(text.substring(0, 10));
			}
			catch (DateTimeParseException | StringIndexOutOfBoundsException again) {
				throw new DeadlineRefused("deadlines.escalation.dateMissing");
			}
		}
	}

	private static Long staffId(Object value) {
		return value instanceof Number number ? number.longValue() : null;
	}

	private static long schoolId(DelegateExecution execution) {
		return ((Number) execution.getVariable(ProcessVariables.SCHOOL_ID)).longValue();
	}

	private static long schoolYearId(DelegateExecution execution) {
		return ((Number) execution.getVariable(ProcessVariables.SCHOOL_YEAR_ID)).longValue();
	}

}
