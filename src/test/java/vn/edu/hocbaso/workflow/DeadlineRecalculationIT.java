package vn.edu.hocbaso.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.springframework.transaction.support.TransactionTemplate;

import vn.edu.hocbaso.record.RecordManagement;
import vn.edu.hocbaso.schoolyear.CalendarManagement;
import vn.edu.hocbaso.schoolyear.CalendarSettings;
import vn.edu.hocbaso.schoolyear.CloseOff;
import vn.edu.hocbaso.schoolyear.Deadlines;
import vn.edu.hocbaso.testing.OrganisationFixture;

/**
 * Moving deadlines while instances wait: the department moves the main close-off for all schools, then extends
 * one school; every waiting timer and open task of the school year and class book processes follows, and with
 * the engine's clock moved each timer fires at its new instant, once, and nothing fires at the old one. Also
 * measures how long recalculating many waiting timers takes.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadlineRecalculationIT {

	static final int MANY = 1_000;

	@Autowired
	SchoolYearProcesses processes;

	@Autowired
	CalendarManagement calendar;

	@Autowired
	DeadlineTimers timers;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	HistoryService history;

	@Autowired
	RecordManagement records;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	OrganisationFixture org;

	long teacherId;

	@BeforeAll
	void createOrganisation() {
		org = new OrganisationFixture(jdbc, encoder);
		teacherId = jdbc.queryForObject("select staff_id from account where username = ?", Long.class,
				org.schoolA.homeroomTeacher);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void everyWaitingTimerAndTaskFollowsTheCalendarAndTheExtensionAndFiresOnceAtItsNewInstant() {

		long yearId = year(2005);
		long classA = classWithRecord(org.schoolA.id, yearId, "4R");
		long classB = classWithRecord(org.schoolB.id, yearId, "4S");
		processes.openSchool(org.schoolA.id, yearId);
		processes.openSchool(org.schoolB.id, yearId);
		ProcessInstance schoolA = instance("school-" + org.schoolA.id + "-2005-2006");
		ProcessInstance schoolB = instance("school-" + org.schoolB.id + "-2005-2006");
		CalendarSettings original = calendar.calendar(yearId);
		Instant oldMain = original.mainCloseOff();

		// The department moves the main close-off of every school five days later.
		Instant newMain = oldMain.plus(Duration.ofDays(5));
		calendar.editCalendar(yearId, original.withCloseOffs(newMain, original.supplementaryCloseOff()), null);

		assertThat(timer(schoolA).getDuedate()).isEqualTo(daysBefore(newMain, 7));
		assertThat(timer(schoolB).getDuedate()).isEqualTo(daysBefore(newMain, 7));
		assertThat(prepareTask(classA).getDueDate()).isEqualTo(daysBefore(newMain, 14));
		assertThat(prepareTask(classB).getDueDate()).isEqualTo(daysBefore(newMain, 14));

		// Then extends school A by five more days (its reminder then falls before B's close-off); B keeps the
		// calendar's date.
		Instant extended = newMain.plus(Duration.ofDays(5));
		calendar.grantExtension(yearId, org.schoolA.id, CloseOff.MAIN, extended, "Bão lụt", null);

		assertThat(timer(schoolA).getDuedate()).isEqualTo(daysBefore(extended, 7));
		assertThat(timer(schoolB).getDuedate()).isEqualTo(daysBefore(newMain, 7));
		assertThat(prepareTask(classA).getDueDate()).isEqualTo(daysBefore(extended, 14));
		assertThat(prepareTask(classB).getDueDate()).isEqualTo(daysBefore(newMain, 14));

		// Nothing fires at the old instant.
		moveClockTo(daysBefore(oldMain, 7));
		assertThat(dueTimers(schoolA, schoolB)).isEmpty();

		// School B's reminder fires at its new instant; A's is not due yet.
		moveClockTo(daysBefore(newMain, 7));
		assertThat(dueTimers(schoolA, schoolB)).containsExactly(schoolB.getId());
		executeDue(schoolA, schoolB);

		// School A's at its extended one.
		moveClockTo(daysBefore(extended, 7));
		assertThat(dueTimers(schoolA, schoolB)).containsExactly(schoolA.getId());
		executeDue(schoolA, schoolB);

		// The close-offs: nothing at the old one, B at the moved one, A at its extension.
		moveClockTo(Date.from(oldMain));
		assertThat(dueTimers(schoolA, schoolB)).isEmpty();
		moveClockTo(Date.from(newMain));
		assertThat(dueTimers(schoolA, schoolB)).containsExactly(schoolB.getId());
		executeDue(schoolA, schoolB);
		moveClockTo(Date.from(extended));
		assertThat(dueTimers(schoolA, schoolB)).containsExactly(schoolA.getId());
		executeDue(schoolA, schoolB);

		for (ProcessInstance instance : List.of(schoolA, schoolB)) {
			assertThat(passed(instance, "Timer_MainReminder")).isEqualTo(1);
			assertThat(passed(instance, "Timer_MainCloseOff")).isEqualTo(1);
		}
		assertThat(calendar.auditLog(yearId)).extracting(entry -> entry.getChange())
			.contains("CALENDAR", "EXTENSION_MAIN", "TIMERS_RECALCULATED");
	}

	@Test
	void measuresRecalculatingManyWaitingTimers() {

		long yearId = year(2006);
		for (int from = 0; from < MANY; from += 100) {
			int first = from;
			transactions.executeWithoutResult(status -> {
				for (int i = first; i < first + 100; i++) {
					runtime.startProcessInstanceByKey(SchoolYearProcesses.PROCESS, "load-2006-" + i,
							Map.of("departmentId", org.departmentId, "schoolId", org.schoolA.id,
									"schoolYearId", yearId));
				}
			});
		}
		CalendarSettings original = calendar.calendar(yearId);
		Instant newMain = original.mainCloseOff().plus(Duration.ofDays(3));

		long started = System.nanoTime();
		calendar.editCalendar(yearId, original.withCloseOffs(newMain, original.supplementaryCloseOff()), null);
		long editMillis = (System.nanoTime() - started) / 1_000_000;

		started = System.nanoTime();
		DeadlineTimers.Moves again = timers.recalculate(yearId, Set.of());
		long recalculateMillis = (System.nanoTime() - started) / 1_000_000;

		System.out.printf("RECALCULATION: %d waiting timers of %d instances: calendar edit with recalculation %d ms, "
				+ "recalculation alone %d ms (%.2f ms per timer)%n", again.timerCount(), again.instances(), editMillis,
				recalculateMillis, (double) recalculateMillis / again.timerCount());
		assertThat(again.timerCount()).isEqualTo(MANY);
		assertThat(jdbc.queryForObject("select count(*) from pg_indexes where indexname = 'act_ru_job_duedate_idx'",
				Integer.class)).isEqualTo(1);
		assertThat(management.createJobQuery().timers().duedateLowerThan(new Date(0L)).count()).isZero();
		assertThat(jdbc.queryForObject("select count(*) from act_ru_job j join act_ru_variable v "
				+ "on v.proc_inst_id_ = j.process_instance_id_ and v.name_ = 'schoolYearId' and v.long_ = ? "
				+ "where j.type_ = 'timer' and j.duedate_ = ?", Long.class, yearId,
				java.sql.Timestamp.from(newMain.minus(Duration.ofDays(7))))).isEqualTo(MANY);
	}

	private long year(int startYear) {
		jdbc.update("insert into school_year (start_year, starts_on, ends_on) values (?, ?, ?) "
				+ "on conflict (start_year) do nothing", startYear, LocalDate.of(startYear, 9, 5),
				LocalDate.of(startYear + 1, 5, 31));
		// Long past, so that no other test takes it for the latest year; the engine's clock goes to its autumn.
		ClockUtil.setCurrentTime(Date.from(LocalDate.of(startYear, 12, 1).atStartOfDay(Deadlines.VIETNAM).toInstant()));
		return jdbc.queryForObject("select id from school_year where start_year = ?", Long.class, startYear);
	}

	private long classWithRecord(long schoolId, long yearId, String name) {
		long classId = jdbc.queryForObject("insert into school_class (school_id, school_year_id, grade, name) "
				+ "values (?, ?, 4, ?) returning id", Long.class, schoolId, yearId, name);
		org.pupil(classId, "Lý Gia Bảo");
		records.openClass(classId, teacherId);
		return classId;
	}

	private ProcessInstance instance(String businessKey) {
		return runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).singleResult();
	}

	private Job timer(ProcessInstance instance) {
		return management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
	}

	private Task prepareTask(long classId) {
		ProcessInstance book = instance("class-" + classId);
		return tasks.createTaskQuery().processInstanceId(book.getId()).taskDefinitionKey("Task_PrepareClass")
			.singleResult();
	}

	/** The instances among these whose timer is due by the engine's clock. */
	private List<String> dueTimers(ProcessInstance... instances) {
		return management.createJobQuery()
			.processInstanceIds(ids(instances))
			.timers()
			.executable()
			.list()
			.stream()
			.map(Job::getProcessInstanceId)
			.toList();
	}

	private void executeDue(ProcessInstance... instances) {
		management.createJobQuery()
			.processInstanceIds(ids(instances))
			.timers()
			.executable()
			.list()
			.forEach(job -> management.executeJob(job.getId()));
	}

	private long passed(ProcessInstance instance, String activityId) {
		return history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).activityId(activityId)
			.finished()
			.count();
	}

	private static Set<String> ids(ProcessInstance... instances) {
		return java.util.Arrays.stream(instances).map(ProcessInstance::getId).collect(Collectors.toSet());
	}

	/** One minute after the instant, as a job executor would see it. */
	private static void moveClockTo(Date instant) {
		ClockUtil.setCurrentTime(new Date(instant.getTime() + 60_000));
	}

	private static Date daysBefore(Instant closeOff, int days) {
		return Date.from(closeOff.minus(Duration.ofDays(days)));
	}

}
