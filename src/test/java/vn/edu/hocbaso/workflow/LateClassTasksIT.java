package vn.edu.hocbaso.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.edu.hocbaso.record.RecordManagement;
import vn.edu.hocbaso.schoolyear.Deadlines;
import vn.edu.hocbaso.testing.OrganisationFixture;
import vn.edu.hocbaso.testing.WebIntegrationTest;

/**
 * After the main close-off, the department's task list holds one escalation task per late class. All of them
 * belong to one school year process, each in its own multi-instance scope with its own {@code classId}: every
 * row, link and filter choice must name the task's own class, not the one the whole process happens to show.
 */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LateClassTasksIT {

	/** A school year of this test's own, long past, so that no other test's timers move. */
	private static final int START_YEAR = 2008;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	SchoolYearProcesses processes;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ManagementService management;

	@Autowired
	RecordManagement records;

	OrganisationFixture org;

	long yearId;

	long teacherId;

	@BeforeAll
	void createOrganisation() {
		org = new OrganisationFixture(jdbc, encoder);
		teacherId = org.staffId(org.schoolA.homeroomTeacher);
		jdbc.update("insert into school_year (start_year, starts_on, ends_on) values (?, ?, ?) "
				+ "on conflict (start_year) do nothing", START_YEAR, LocalDate.of(START_YEAR, 9, 5),
				LocalDate.of(START_YEAR + 1, 5, 31));
		yearId = jdbc.queryForObject("select id from school_year where start_year = ?", Long.class, START_YEAR);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void eachLateClassTaskShowsLinksAndFiltersByItsOwnClass() throws Exception {

		ClockUtil.setCurrentTime(Date.from(LocalDate.of(START_YEAR, 12, 1).atStartOfDay(Deadlines.VIETNAM)
			.toInstant()));
		List<Long> late = List.of(lateClass("3K"), lateClass("3L"), lateClass("3M"));
		processes.openSchool(org.schoolA.id, yearId);
		String instance = runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey("school-" + org.schoolA.id + "-" + START_YEAR + "-" + (START_YEAR + 1))
			.singleResult().getId();
		fire(instance);
		fire(instance);
		List<Task> escalations = tasks.createTaskQuery().processInstanceId(instance).list();
		assertThat(escalations).hasSize(3);

		String list = page("/tasks");

		for (Task escalation : escalations) {
			long classId = (Long) tasks.getVariable(escalation.getId(), "classId");
			assertThat(classOfRow(list, escalation.getId())).isEqualTo(classId);
		}
		assertThat(list).contains("Lớp 3K", "Lớp 3L", "Lớp 3M");
		for (long classId : late) {
			assertThat(list).contains("<option value=\"" + classId + "\"");
			String filtered = page("/tasks?classId=" + classId);
			assertThat(Pattern.compile("class=\"task-row\"").matcher(filtered).results().count()).isEqualTo(1);
			assertThat(filtered).contains("href=\"/classes/" + classId + "\"");
		}
	}

	/** The class a task's row links to. */
	private static long classOfRow(String page, String taskId) {
		Matcher row = Pattern.compile("id=\"task-" + taskId + "\".*?href=\"/classes/(\\d+)\"", Pattern.DOTALL)
			.matcher(page);
		assertThat(row.find()).as("row of task %s links a class", taskId).isTrue();
		return Long.parseLong(row.group(1));
	}

	/** Moves the engine's clock past the process's waiting timer and runs it, as the job executor would. */
	private void fire(String instance) {
		Job timer = management.createJobQuery().processInstanceId(instance).timers().singleResult();
		ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 60_000));
		management.executeJob(timer.getId());
	}

	/** A class of school A in this year with one pupil's open record, which nobody prepares in time. */
	private long lateClass(String name) {
		long classId = jdbc.queryForObject("insert into school_class (school_id, school_year_id, grade, name) "
				+ "values (?, ?, ?, ?) returning id", Long.class, org.schoolA.id, yearId, name.charAt(0) - '0', name);
		jdbc.update("insert into staff_role (staff_id, role, school_id, class_id) "
				+ "values (?, 'HOMEROOM_TEACHER', ?, ?)", teacherId, org.schoolA.id, classId);
		org.pupil(classId, "Phạm Minh Anh");
		records.openClass(classId, teacherId);
		return classId;
	}

	private String page(String path) throws Exception {
		MvcResult result = mvc.perform(get(path).with(user(users.loadUserByUsername(org.officer)))).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
