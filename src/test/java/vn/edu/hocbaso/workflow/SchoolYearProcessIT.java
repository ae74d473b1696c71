package vn.edu.hocbaso.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.edu.hocbaso.record.RecordManagement;
import vn.edu.hocbaso.schoolyear.DeadlineKind;
import vn.edu.hocbaso.schoolyear.DeadlineRefused;
import vn.edu.hocbaso.schoolyear.Deadlines;
import vn.edu.hocbaso.testing.OrganisationFixture;

/**
 * The school year process on the real engine and database, with the engine's clock moved to fire its timers:
 * the class books open, the reminders go out, the close-off locks what was accepted, and every class not
 * accepted goes to the department, who extends the school (the process waits for the new date and locks again)
 * or records the class as late. Each test works in a school year of its own, so no other test's timers move.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchoolYearProcessIT {

	@Autowired
	SchoolYearProcesses processes;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	HistoryService history;

	@Autowired
	Deadlines deadlines;

	@Autowired
	RecordManagement records;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	OrganisationFixture org;

	long teacherId;

	long officerId;

	@BeforeAll
	void createOrganisation() {
		org = new OrganisationFixture(jdbc, encoder);
		teacherId = staffId(org.schoolA.homeroomTeacher);
		officerId = staffId(org.officer);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void locksAcceptedRecordsAtTheCloseOffsAndEndsWhenEveryClassIsAccepted() {

		Year year = new Year(2002);
		long classId = year.classWithRecord(org.schoolA.id, "4A");
		jdbc.update("update year_record set state = 'ACCEPTED' where class_id = ?", classId);

		assertThat(processes.openSchool(org.schoolA.id, year.id)).isTrue();
		assertThat(processes.openSchool(org.schoolA.id, year.id)).isFalse();
		ProcessInstance instance = instance(org.schoolA.id, year);

		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("class-" + classId).count())
			.isEqualTo(1);
		assertThat(waitingTimer(instance).getDuedate()).isEqualTo(at(DeadlineKind.MAIN_REMINDER, year));

		fire(instance, "Timer_MainReminder");
		assertThat(notices("deadlines.notice.reminder.MAIN", org.schoolA.principal)).isEqualTo(1);
		fire(instance, "Timer_MainCloseOff");
		assertThat(jdbc.queryForObject("select state from year_record where class_id = ?", String.class, classId))
			.isEqualTo("LOCKED");

		fire(instance, "Timer_SupplementaryReminder");
		fire(instance, "Timer_SupplementaryCloseOff");

		assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
		assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
			.activityId("EndEvent_SchoolYearClosed").count()).isEqualTo(1);
	}

	@Test
	void departmentExtendsTheSchoolThenRecordsTheStillMissingClassAsLate() {

		Year year = new Year(2003);
		long lateClass = year.classWithRecord(org.schoolA.id, "4B");
		processes.openSchool(org.schoolA.id, year.id);
		ProcessInstance instance = instance(org.schoolA.id, year);
		fire(instance, "Timer_MainReminder");
		assertThat(notices("deadlines.notice.reminderClass.MAIN", org.schoolA.homeroomTeacher)).isPositive();

		fire(instance, "Timer_MainCloseOff");
		Task escalation = escalation(instance);
		assertThat(escalation.getTaskDefinitionKey()).isEqualTo("Task_EscalateLateClass");
		assertThat(tasks.getIdentityLinksForTask(escalation.getId()))
			.anyMatch(link -> ("department-" + org.departmentId).equals(link.getGroupId()));
		assertThat(escalation.getDueDate()).isEqualTo(Date.from(year.mainCloseOff().plus(Duration.ofDays(7))));
		assertThat(runtime.getVariable(escalation.getExecutionId(), "classId")).isEqualTo(lateClass);

		// Extending without a reason is refused and the task stays open.
		LocalDate extendedDay = LocalDate.of(year.startYear + 1, 7, 10);
		assertThatThrownBy(() -> tasks.complete(escalation.getId(), decision("EXTEND", extendedDay.toString(), " ")))
			.isInstanceOf(DeadlineRefused.class);
		assertThat(escalation(instance).getId()).isEqualTo(escalation.getId());

		tasks.complete(escalation.getId(), decision("EXTEND", extendedDay.toString(), "Trường mất điện nhiều ngày"));

		Instant extended = extendedDay.atStartOfDay(Deadlines.VIETNAM).toInstant();
		assertThat(deadlines.at(DeadlineKind.MAIN_CLOSE_OFF, org.schoolA.id, year.id)).isEqualTo(extended);
		assertThat(waitingTimer(instance).getDuedate()).isEqualTo(Date.from(extended));

		fire(instance, "Timer_MainCloseOff");
		Task again = escalation(instance);
		tasks.complete(again.getId(), decision("LATE", null, "Giáo viên nghỉ ốm"));

		assertThat(jdbc.queryForObject("select count(*) from late_class where class_id = ? and close_off = 'MAIN'",
				Integer.class, lateClass)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select recorded_by from late_class where class_id = ?", Long.class, lateClass))
			.isEqualTo(officerId);
		assertThat(waitingTimer(instance).getJobDefinitionId()).isNotNull();
		assertThat(activityOf(waitingTimer(instance))).isEqualTo("Timer_SupplementaryReminder");
	}

	@Test
	void escalatesAgainAtTheSupplementaryCloseOffAndEnds() {

		Year year = new Year(2004);
		long lateClass = year.classWithRecord(org.schoolB.id, "5C");
		processes.openSchool(org.schoolB.id, year.id);
		ProcessInstance instance = instance(org.schoolB.id, year);
		fire(instance, "Timer_MainReminder");
		fire(instance, "Timer_MainCloseOff");
		tasks.complete(escalation(instance).getId(), decision("LATE", null, null));

		fire(instance, "Timer_SupplementaryReminder");
		fire(instance, "Timer_SupplementaryCloseOff");
		Task escalation = escalation(instance);
		assertThat(escalation.getTaskDefinitionKey()).isEqualTo("Task_EscalateLateClassAfterSupplementary");
		assertThat(escalation.getDueDate())
			.isEqualTo(Date.from(year.supplementaryCloseOff().plus(Duration.ofDays(7))));
		tasks.complete(escalation.getId(), decision("LATE", null, "Chưa đánh giá bổ sung xong"));

		assertThat(jdbc.queryForObject("select count(*) from late_class where class_id = ?", Integer.class, lateClass))
			.isEqualTo(2);
		assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
	}

	@Test
	void demoCityStartsWithItsSchoolYearOpenSoThatTeachersFindTheirFirstTask() {

		Long classId = jdbc.queryForObject("""
				select coalesce(max(r.class_id), -1) from staff_role r join account a on a.staff_id = r.staff_id
				join school_class c on c.id = r.class_id
				where a.username = 'gvcn1.4a' and r.role = 'HOMEROOM_TEACHER'
				and c.school_year_id = (select id from school_year order by start_year desc limit 1)""", Long.class);

		assertThat(classId).as("the demo's homeroom teacher of 4A").isPositive();
		assertThat(tasks.createTaskQuery().processInstanceBusinessKey("class-" + classId)
			.taskDefinitionKey("Task_PrepareClass").count()).isEqualTo(1);
	}

	private Map<String, Object> decision(String decision, String extendedUntil, String note) {
		Map<String, Object> variables = new java.util.HashMap<>();
		variables.put("escalationDecision", decision);
		variables.put("extendedUntil", extendedUntil);
		variables.put("escalationNote", note);
		variables.put("actorStaffId", officerId);
		return variables;
	}

	/** Moves the engine's clock just past the timer's date and runs it, as the job executor would. */
	private void fire(ProcessInstance instance, String activityId) {

		Job timer = waitingTimer(instance);
		assertThat(activityOf(timer)).isEqualTo(activityId);

		ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 60_000));
		management.executeJob(timer.getId());
	}

	private Job waitingTimer(ProcessInstance instance) {
		return management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
	}

	private String activityOf(Job job) {
		return management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult()
			.getActivityId();
	}

	private Task escalation(ProcessInstance instance) {
		return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
	}

	private ProcessInstance instance(long schoolId, Year year) {
		return runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey("school-" + schoolId + "-" + year.startYear + "-" + (year.startYear + 1))
			.singleResult();
	}

	private Date at(DeadlineKind kind, Year year) {
		return Date.from(deadlines.at(kind, org.schoolA.id, year.id));
	}

	private int notices(String messageKey, String username) {
		return jdbc.queryForObject("select count(*) from notice where message_key = ? and recipient_staff_id = ?",
				Integer.class, messageKey, staffId(username));
	}

	private long staffId(String username) {
		return jdbc.queryForObject("select staff_id from account where username = ?", Long.class, username);
	}

	/**
	 * A school year of the test's own, long past so that no other test takes it for the latest year; the engine's
	 * clock goes to its autumn.
	 */
	private final class Year {

		final int startYear;

		final long id;

		Year(int startYear) {
			this.startYear = startYear;
			jdbc.update("insert into school_year (start_year, starts_on, ends_on) values (?, ?, ?) "
					+ "on conflict (start_year) do nothing", startYear, LocalDate.of(startYear, 9, 5),
					LocalDate.of(startYear + 1, 5, 31));
			this.id = jdbc.queryForObject("select id from school_year where start_year = ?", Long.class, startYear);
			ClockUtil.setCurrentTime(java.util.Date.from(LocalDate.of(startYear, 12, 1).atStartOfDay(Deadlines.VIETNAM)
				.toInstant()));
		}

		Instant mainCloseOff() {
			return LocalDate.of(startYear + 1, 6, 30).atStartOfDay(Deadlines.VIETNAM).toInstant();
		}

		Instant supplementaryCloseOff() {
			return LocalDate.of(startYear + 1, 8, 15).atStartOfDay(Deadlines.VIETNAM).toInstant();
		}

		/** A class of the school in this year with the fixture's homeroom teacher and one pupil's open record. */
		long classWithRecord(long schoolId, String name) {

			long classId = jdbc.queryForObject("insert into school_class (school_id, school_year_id, grade, name) "
					+ "values (?, ?, ?, ?) returning id", Long.class, schoolId, id, name.charAt(0) - '0', name);
			jdbc.update("insert into staff_role (staff_id, role, school_id, class_id) "
					+ "values (?, 'HOMEROOM_TEACHER', ?, ?)", teacherId, schoolId, classId);
			org.pupil(classId, "Phạm Minh Anh");
			records.openClass(classId, teacherId);

			return classId;
		}

	}

}
