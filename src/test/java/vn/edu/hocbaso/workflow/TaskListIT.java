package vn.edu.hocbaso.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.edu.hocbaso.notification.Notices;
import vn.edu.hocbaso.record.RecordManagement;
import vn.edu.hocbaso.testing.OrganisationFixture;
import vn.edu.hocbaso.testing.WebIntegrationTest;

/**
 * The task list as its users meet it: their tasks and their groups' tasks with names and due dates, filters,
 * claiming, the form checked on the server, completion as the person, and every way a completion can fail
 * leaving everything as it was. Runs the test process {@code taskListProbeProcess}.
 */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskListIT {

	private static final String PROBE = "taskListProbeProcess";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	HistoryService history;

	@Autowired
	RecordManagement records;

	@Autowired
	Notices notices;

	OrganisationFixture org;

	@BeforeAll
	void createOrganisation() {
		org = new OrganisationFixture(jdbc, encoder);
	}

	@Test
	void homeroomTeacherSeesHerClassesTaskWithItsClassSchoolAndDueDateInVietnam() throws Exception {

		String taskId = start(homeroomA(), Instant.parse("2027-06-16T17:00:00Z"));

		String page = page(org.schoolA.homeroomTeacher, "/tasks");

		assertThat(page).contains("/tasks/" + taskId, "Việc thử", "Lớp 4A", "Trường Tiểu học A " + org.tag,
				"17/06/2027 00:00", "Chưa ai nhận");
		assertThat(page(org.schoolB.homeroomTeacher, "/tasks")).doesNotContain(taskId);
		assertThat(page(org.schoolA.subjectTeacher, "/tasks")).doesNotContain(taskId);
		assertThat(page(org.schoolA.principal, "/tasks")).doesNotContain(taskId);
	}

	@Test
	void overdueTasksAreMarkedAndFilteredByServerTime() throws Exception {

		String overdue = start(homeroomB(), Instant.now().minus(Duration.ofDays(1)));
		String thisWeek = start(homeroomB(), Instant.now().plus(Duration.ofDays(3)));
		String later = start(homeroomB(), Instant.now().plus(Duration.ofDays(30)));

		assertThat(page(org.schoolB.homeroomTeacher, "/tasks")).containsSubsequence(overdue, "Quá hạn", thisWeek);
		assertThat(page(org.schoolB.homeroomTeacher, "/tasks?due=OVERDUE")).contains(overdue)
			.doesNotContain(thisWeek, later);
		assertThat(page(org.schoolB.homeroomTeacher, "/tasks?due=WEEK")).contains(thisWeek)
			.doesNotContain(overdue, later);
		assertThat(page(org.schoolB.homeroomTeacher, "/")).contains("id=\"home-tasks-overdue\"");
	}

	@Test
	void filtersByClassAndKindOfTask() throws Exception {

		String in5a = startFor("board-" + org.schoolA.id, org.schoolA.class5a, Instant.now().plus(Duration.ofDays(9)));
		String in4a = startFor("board-" + org.schoolA.id, org.schoolA.class4a, Instant.now().plus(Duration.ofDays(9)));

		String byClass = page(org.schoolA.vicePrincipal, "/tasks?classId=" + org.schoolA.class5a);
		assertThat(byClass).contains(in5a).doesNotContain(in4a);
		assertThat(page(org.schoolA.vicePrincipal, "/tasks?type=Task_Probe")).contains(in5a, in4a);
		assertThat(page(org.schoolA.vicePrincipal, "/tasks?type=Task_Other")).doesNotContain(in5a, in4a);
		assertThat(page(org.schoolA.vicePrincipal, "/tasks")).contains("value=\"Task_Probe\"",
				"value=\"" + org.schoolA.class5a + "\"");
	}

	@Test
	void claimsAndGivesBackATask() throws Exception {

		String taskId = start(homeroomA(), Instant.now().plus(Duration.ofDays(10)));

		MvcResult claimed = send(org.schoolA.homeroomTeacher, post("/tasks/" + taskId + "/claim"));
		assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee())
			.isEqualTo(org.schoolA.homeroomTeacher);
		assertThat(follow(org.schoolA.homeroomTeacher, claimed)).contains("Bạn đã nhận việc");

		send(org.schoolA.homeroomTeacher, post("/tasks/" + taskId + "/unclaim"));
		assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
	}

	@Test
	void taskHeldBySomeoneElseCanBeNeitherClaimedNorCompleted() throws Exception {

		String taskId = start("board-" + org.schoolB.id, Instant.now().plus(Duration.ofDays(10)));
		send(org.schoolB.vicePrincipal, post("/tasks/" + taskId + "/claim"));

		MvcResult claim = send(org.schoolB.principal, post("/tasks/" + taskId + "/claim"));
		assertThat(follow(org.schoolB.principal, claim)).contains("Việc này đang do " + org.schoolB.vicePrincipal);

		String refused = complete(org.schoolB.principal, taskId, valid(), 409);
		assertThat(refused).contains("Việc này đang do " + org.schoolB.vicePrincipal);
		assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee())
			.isEqualTo(org.schoolB.vicePrincipal);
	}

	@Test
	void taskPageRendersTheFormWithEveryFieldType() throws Exception {

		String taskId = start(homeroomA(), Instant.now().plus(Duration.ofDays(10)));

		String page = page(org.schoolA.homeroomTeacher, "/tasks/" + taskId);

		assertThat(page).contains("Việc thử", "Điền mọi ô rồi bấm Hoàn thành.", "name=\"f.probeName\"",
				"<textarea", "name=\"f.probeNumber\"", "<select id=\"field-probeChoice\"", "type=\"radio\"",
				"type=\"checkbox\"", "type=\"date\"", "Ngày họp", "Chỉ chữ cái.")
			.doesNotContain("####", "**");
		assertThat(page).containsPattern("value=\"YES\"\\s+checked");
	}

	@Test
	void formWithMistakesIsShownAgainWithWhatWasTypedAndNothingChanges() throws Exception {

		String taskId = start(homeroomA(), Instant.now().plus(Duration.ofDays(10)));
		Map<String, String> typed = valid();
		typed.put("probeName", "");
		typed.put("probeNumber", "99");
		typed.put("probeNote", "Ghi chú giữ lại");

		String page = complete(org.schoolA.homeroomTeacher, taskId, typed, 422);

		assertThat(page).contains("Tên: bắt buộc.", "Sĩ số: không được lớn hơn 40.", "Ghi chú giữ lại",
				"value=\"99\"");
		assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();
	}

	@Test
	void completesAsThePersonWithTheFormsVariablesOnce() throws Exception {

		String taskId = start(homeroomA(), Instant.now().plus(Duration.ofDays(10)));
		String instance = tasks.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();

		MvcResult done = send(org.schoolA.homeroomTeacher, form(post("/tasks/" + taskId + "/complete"), valid()));

		assertThat(follow(org.schoolA.homeroomTeacher, done)).contains("Đã hoàn thành việc");
		assertThat(tasks.createTaskQuery().processInstanceId(instance).singleResult().getTaskDefinitionKey())
			.isEqualTo("Task_ProbeFollowUp");
		assertThat(runtime.getVariables(instance)).containsEntry("probeNumber", 35L)
			.containsEntry("probeConfirmed", true)
			.containsEntry("probeDate", "2027-06-30")
			.containsEntry("actorStaffId", staffOf(org.schoolA.homeroomTeacher));
		// Cockpit's history names who did it: completing claims the task for her first.
		assertThat(history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult().getAssignee())
			.isEqualTo(org.schoolA.homeroomTeacher);

		// A second click, or the same form sent from a second tab: a message, and the process stays where it is.
		MvcResult again = send(org.schoolA.homeroomTeacher, form(post("/tasks/" + taskId + "/complete"), valid()));
		assertThat(follow(org.schoolA.homeroomTeacher, again)).contains("Việc này không còn nữa");
		assertThat(tasks.createTaskQuery().processInstanceId(instance).count()).isOne();
	}

	@Test
	void twoTabsSendingTheFormAtOnceCompleteItOnce() throws Exception {

		String taskId = start(homeroomA(), Instant.now().plus(Duration.ofDays(10)));
		String instance = tasks.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
		CountDownLatch ready = new CountDownLatch(2);
		Callable<Integer> tab = () -> {
			ready.countDown();
			ready.await();
			MvcResult result = mvc.perform(form(post("/tasks/" + taskId + "/complete"), valid()).with(csrf())
				.with(as(org.schoolA.homeroomTeacher))).andReturn();
			TaskController.TaskMessage message = (TaskController.TaskMessage) result.getFlashMap().get("message");
			return message == null || message.error() ? 0 : 1;
		};

		ExecutorService tabs = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> done = tabs.invokeAll(List.of(tab, tab));
			assertThat(done.get(0).get() + done.get(1).get()).isOne();
		}
		finally {
			tabs.shutdown();
		}
		assertThat(tasks.createTaskQuery().processInstanceId(instance).singleResult().getTaskDefinitionKey())
			.isEqualTo("Task_ProbeFollowUp");
	}

	@Test
	void ignoresFilterValuesThatMeanNothing() throws Exception {
		start(homeroomA(), Instant.now().plus(Duration.ofDays(10)));
		assertThat(page(org.schoolA.homeroomTeacher, "/tasks?due=FOO")).contains("class=\"task-link\"");
		assertThat(page(org.schoolA.homeroomTeacher, "/tasks?classId=abc")).contains("class=\"task-link\"");
	}

	@Test
	void taskListSpeaksEnglishOnRequest() throws Exception {
		start(homeroomA(), Instant.now().plus(Duration.ofDays(10)));
		assertThat(page(org.schoolA.homeroomTeacher, "/tasks?lang=en")).contains("Tasks", "Due within 7 days",
				"Nobody yet", "Take");
	}

	@Test
	void someoneOutsideTheGroupCannotCompleteNorOpenTheTask() throws Exception {

		String taskId = start(homeroomA(), Instant.now().plus(Duration.ofDays(10)));

		assertThat(complete(org.schoolB.principal, taskId, valid(), 403))
			.contains("id=\"flash\"", "Việc này không phải của bạn hay nhóm của bạn. Không có gì thay đổi.");
		mvc.perform(get("/tasks/" + taskId).with(as(org.schoolA.subjectTeacher)))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(403));

		assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
	}

	@Test
	void refusalOfTheRulesIsShownOnTheTaskAndNothingChanges() throws Exception {

		String taskId = start(homeroomA(), Instant.now().plus(Duration.ofDays(10)));
		Map<String, String> typed = valid();
		typed.put("probeChoice", "REFUSE");

		String page = complete(org.schoolA.homeroomTeacher, taskId, typed, 409);

		assertThat(page).contains("id=\"refusal\"", "Lý do: bắt buộc.");
		Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
		assertThat(task).isNotNull();
		assertThat(task.getAssignee()).as("the implicit claim is rolled back too").isNull();
	}

	@Test
	void classNotReadyNamesThePupilsWhoseRecordsFail() throws Exception {

		long pupil = org.pupil(org.schoolA.class4a, "Trịnh Văn Chưa");
		long record = records.open(pupil, org.schoolA.class4a, staffOf(org.schoolA.homeroomTeacher)).getId();
		String taskId = start(homeroomA(), Instant.now().plus(Duration.ofDays(10)));
		runtime.setVariable(tasks.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId(),
				"probeFailingRecord", record);
		Map<String, String> typed = valid();
		typed.put("probeChoice", "NOT_READY");

		String page = complete(org.schoolA.homeroomTeacher, taskId, typed, 409);

		assertThat(page).contains("Chưa thể hoàn thành: 1 học bạ còn lỗi", "Trịnh Văn Chưa");
		assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();
	}

	@Test
	void classNotReadyNamesThePupilsEvenWhenTheirRecordWasRolledBack() throws Exception {

		// The preparation opens missing records in the step that is refused: they are gone, the pupils are not.
		long pupil = org.pupil(org.schoolA.class4a, "Đinh Văn Chưa Mở");
		String taskId = start(homeroomA(), Instant.now().plus(Duration.ofDays(10)));
		String instance = tasks.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
		runtime.setVariable(instance, "probeFailingRecord", Long.MAX_VALUE);
		runtime.setVariable(instance, "probeFailingPupil", pupil);
		Map<String, String> typed = valid();
		typed.put("probeChoice", "NOT_READY");

		String page = complete(org.schoolA.homeroomTeacher, taskId, typed, 409);

		assertThat(page).contains("Chưa thể hoàn thành: 1 học bạ còn lỗi", "Đinh Văn Chưa Mở");
	}

	@Test
	void recordTaskWithoutAClassShowsTheRecordsClassAfterThePupil() throws Exception {

		long pupil = org.pupil(org.schoolA.class4a, "Hồ Văn Huy");
		long record = records.open(pupil, org.schoolA.class4a, staffOf(org.schoolA.homeroomTeacher)).getId();
		String taskId = start(homeroomA(), Instant.now().plus(Duration.ofDays(10)));
		String instance = tasks.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
		runtime.removeVariable(instance, "classId");
		runtime.setVariable(instance, "recordId", record);

		String row = page(org.schoolA.homeroomTeacher, "/tasks").split("id=\"task-" + taskId + "\"")[1]
			.split("</tr>")[0];

		assertThat(row).contains("Hồ Văn Huy · </span>", "Lớp 4A");
		assertThat(page(org.schoolA.homeroomTeacher, "/tasks/" + taskId)).contains("Hồ Văn Huy · </span>",
				"Lớp 4A");
	}

	@Test
	void listIsPagedByTwenty() throws Exception {

		String group = "clerk-" + org.schoolB.id;
		for (int i = 0; i < 23; i++) {
			start(group, Instant.now().plus(Duration.ofDays(20 + i)));
		}

		assertThat(page(org.schoolB.clerk, "/tasks")).contains("Trang 1/2");
		assertThat(page(org.schoolB.clerk, "/tasks?page=1").split("class=\"task-row\"")).hasSize(4);
	}

	@Test
	void homePageShowsTaskCountsAndUnreadNotices() throws Exception {

		start("clerk-" + org.schoolA.id, Instant.now().plus(Duration.ofDays(5)));
		notices.toStaff(staffOf(org.schoolA.clerk), "tasks.completed", List.of("Việc thử"));

		String home = page(org.schoolA.clerk, "/");

		assertThat(home).contains("Việc chờ nhóm của tôi: ", "id=\"nav-tasks\"", "Thông báo mới",
				"Đã hoàn thành việc &quot;Việc thử&quot;.");
		assertThat(home).doesNotContain("id=\"nav-deadlines\"");
		assertThat(page(org.officer, "/")).contains("id=\"nav-deadlines\"");

		long noticeId = notices.unread(staffOf(org.schoolA.clerk)).get(0).id();
		send(org.schoolA.clerk, post("/notices/" + noticeId + "/read"));
		assertThat(page(org.schoolA.clerk, "/")).doesNotContain("notice-" + noticeId);
	}

	private String homeroomA() {
		return "homeroom-" + org.schoolA.class4a;
	}

	private String homeroomB() {
		return "homeroom-" + org.schoolB.class4a;
	}

	/** Starts the probe for a group; the class is the group's class, or 4A of its school. */
	private String start(String group, Instant due) {
		long classId = group.equals(homeroomB()) || group.endsWith("-" + org.schoolB.id) ? org.schoolB.class4a
				: org.schoolA.class4a;
		return startFor(group, classId, due);
	}

	private String startFor(String group, long classId, Instant due) {
		long schoolId = jdbc.queryForObject("select school_id from school_class where id = ?", Long.class, classId);
		Map<String, Object> variables = new HashMap<>();
		variables.put("probeGroup", group);
		variables.put("probeDue", Date.from(due));
		variables.put("classId", classId);
		variables.put("schoolId", schoolId);
		String instance = runtime.startProcessInstanceByKey(PROBE, variables).getId();
		return tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
	}

	private static Map<String, String> valid() {
		return new HashMap<>(Map.of("probeName", "Nguyễn Thị Lan", "probeNumber", "35", "probeChoice", "APPROVE",
				"probeDecision", "NO", "probeConfirmed", "true", "probeDate", "2027-06-30"));
	}

	private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request,
			Map<String, String> typed) {
		typed.forEach((key, value) -> request.param("f." + key, value));
		return request;
	}

	private String complete(String username, String taskId, Map<String, String> typed, int status) throws Exception {
		MvcResult result = mvc.perform(form(post("/tasks/" + taskId + "/complete"), typed).with(csrf())
			.with(as(username))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(status);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private MvcResult send(String username, MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = mvc.perform(request.with(csrf()).with(as(username))).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		return result;
	}

	/** Opens the page a post redirected to, with the message it left. */
	private String follow(String username, MvcResult redirect) throws Exception {
		return mvc.perform(get(redirect.getResponse().getRedirectedUrl()).flashAttrs(redirect.getFlashMap())
			.with(as(username))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private String page(String username, String path) throws Exception {
		MvcResult result = mvc.perform(get(path).with(as(username))).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	private long staffOf(String username) {
		return jdbc.queryForObject("select staff_id from account where username = ?", Long.class, username);
	}

}
