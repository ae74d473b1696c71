package vn.edu.hocbaso.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.edu.hocbaso.record.RecordCorrections;
import vn.edu.hocbaso.record.RecordManagement;
import vn.edu.hocbaso.testing.OrganisationFixture;
import vn.edu.hocbaso.testing.WebIntegrationTest;

/**
 * The whole-class approval page: every pupil's record with its state and checks, the counts per state, and the
 * principal's open task with its form on the same page; the class page's status line. The principal's task
 * comes from the test process {@code classApprovalProbeProcess} (task id Task_ApproveClassAsPrincipal).
 */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClassApprovalPageIT {

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
	RecordManagement records;

	@Autowired
	RecordCorrections corrections;

	OrganisationFixture org;

	long submittedRecord;

	@BeforeAll
	void createClassWithRecords() {
		org = new OrganisationFixture(jdbc, encoder);
		long teacher = jdbc.queryForObject("select staff_id from account where username = ?", Long.class,
				org.schoolA.homeroomTeacher);
		for (String name : new String[] { "Vũ Minh Khang", "Đỗ Thu Hà", "Bùi Gia Huy" }) {
			long pupil = org.pupil(org.schoolA.class4a, name);
			submittedRecord = records.open(pupil, org.schoolA.class4a, teacher).getId();
		}
		// One record further on its way, as the approval steps leave it.
		jdbc.update("update year_record set state = 'SUBMITTED' where id = ?", submittedRecord);
	}

	@Test
	void boardSeesEveryPupilWithStateAndChecksAndTheCountsPerState() throws Exception {

		String page = page(org.schoolA.principal, approval());

		assertThat(page).containsSubsequence("Đỗ Thu Hà", "Vũ Minh Khang")
			.contains("Bùi Gia Huy", "Đang soạn", "Đã nộp", "Còn lỗi", "2 đang soạn", "1 đã nộp",
					"3 học bạ, 0 không có lỗi", "id=\"approval-decision\"");
		assertThat(page(org.schoolA.vicePrincipal, approval())).contains("Bùi Gia Huy");
		assertThat(page(org.schoolA.principal, "/classes/" + org.schoolA.class5a + "/approval"))
			.contains("Lớp chưa có học bạ nào.", "id=\"approval-no-task\"");
	}

	@Test
	void homeroomTeacherLooksWithoutDeciding() throws Exception {
		startApproval();
		assertThat(page(org.schoolA.homeroomTeacher, approval())).contains("Bùi Gia Huy")
			.doesNotContain("id=\"approval-decision\"", "id=\"task-form\"");
	}

	@Test
	void homeroomTeacherWorksHerOwnApprovalTaskOnThePage() throws Exception {

		// The class book waiting for the teacher's approval, as her task list's "open the work page" link finds it.
		String instance = runtime.createProcessInstanceByKey("classRecordBookProcess")
			.businessKey("class-" + org.schoolA.class4a)
			.setVariables(Map.of("classId", org.schoolA.class4a, "schoolId", org.schoolA.id,
					"schoolYearId", org.yearId, "departmentId", org.departmentId))
			.startBeforeActivity("Task_ApproveClassAsTeacher")
			.execute()
			.getId();
		try {
			String taskId = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();

			assertThat(page(org.schoolA.homeroomTeacher, approval())).contains("id=\"task-form\"",
					"/tasks/" + taskId + "/complete", "Phê duyệt của giáo viên chủ nhiệm");
			assertThat(page(org.schoolA.principal, approval())).doesNotContain("/tasks/" + taskId + "/complete");
			assertThat(page(org.schoolA.homeroomTeacher, approval() + "?lang=en")).contains("Homeroom teacher",
					"I have reviewed the class").doesNotContain("Giáo viên chủ nhiệm duyệt", "Tôi đã xem lại");
		}
		finally {
			runtime.deleteProcessInstance(instance, "test");
		}
	}

	@Test
	void othersMayNotOpenIt() throws Exception {
		assertThat(status(org.schoolA.subjectTeacher, approval())).isEqualTo(403);
		assertThat(status(org.schoolB.principal, approval())).isEqualTo(403);
		assertThat(status(org.schoolB.homeroomTeacher, approval())).isEqualTo(403);
	}

	@Test
	void principalReturnsWithAReasonOnlyAndApprovesOnThePage() throws Exception {

		// The class waits for one decision only.
		runtime.createProcessInstanceQuery().processDefinitionKey("classApprovalProbeProcess").list()
			.forEach(other -> runtime.deleteProcessInstance(other.getId(), "test"));
		String instance = startApproval();
		String taskId = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();

		String page = page(org.schoolA.principal, approval());
		assertThat(page).contains("id=\"task-form\"", "/tasks/" + taskId + "/complete", "name=\"approvalOf\"",
				"Trả lại để sửa");

		// A return without a reason: refused on the same page, the choice kept, nothing changed.
		MvcResult refused = decide(taskId, Map.of("principalDecision", "RETURN", "returnReason", " "));
		assertThat(refused.getResponse().getStatus()).isEqualTo(409);
		assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("id=\"class-approval\"", "Lý do trả lại: bắt buộc.", "Bùi Gia Huy")
			.containsPattern("value=\"RETURN\"\\s+checked");
		assertThat(tasks.createTaskQuery().taskId(taskId).count()).isOne();

		MvcResult approved = decide(taskId, Map.of("principalDecision", "APPROVE"));
		assertThat(approved.getResponse().getRedirectedUrl()).isEqualTo(approval());
		assertThat(runtime.getVariable(instance, "principalDecision")).isEqualTo("APPROVE");
		assertThat(tasks.createTaskQuery().processInstanceId(instance).singleResult().getTaskDefinitionKey())
			.isEqualTo("Task_ProbeFollowUp");
	}

	@Test
	void goesBackOnlyToTheApprovalPageOfTheTasksOwnClass() throws Exception {

		runtime.createProcessInstanceQuery().processDefinitionKey("classApprovalProbeProcess").list()
			.forEach(other -> runtime.deleteProcessInstance(other.getId(), "test"));
		for (String elsewhere : List.of("//evil.com", String.valueOf(org.schoolB.class4a))) {
			String instance = startApproval();
			String taskId = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();

			var request = post("/tasks/" + taskId + "/complete").param("approvalOf", elsewhere)
				.param("f.principalDecision", "APPROVE");
			MvcResult done = mvc.perform(request.with(csrf()).with(as(org.schoolA.principal))).andReturn();

			assertThat(done.getResponse().getRedirectedUrl()).as(elsewhere).isEqualTo("/tasks");
			runtime.deleteProcessInstance(instance, "test");
		}
	}

	@Test
	void principalSeesWhoOfTheBoardHoldsTheDecision() throws Exception {

		runtime.createProcessInstanceQuery().processDefinitionKey("classApprovalProbeProcess").list()
			.forEach(other -> runtime.deleteProcessInstance(other.getId(), "test"));
		String instance = startApproval();
		String taskId = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
		tasks.claim(taskId, org.schoolA.vicePrincipal);

		assertThat(page(org.schoolA.principal, approval())).contains("Việc này đang do " + org.schoolA.vicePrincipal)
			.doesNotContain("id=\"task-form\"");
		assertThat(page(org.schoolA.vicePrincipal, approval())).contains("id=\"task-form\"");
	}

	@Test
	void aReplacementBeingApprovedCountsOnceAndIsMarked() throws Exception {

		long clerk = jdbc.queryForObject("select staff_id from account where username = ?", Long.class,
				org.schoolA.clerk);
		long replacement = corrections.startReplacement(submittedRecord, clerk, "Sai cân nặng của học sinh.");
		try {
			String page = page(org.schoolA.principal, approval());

			assertThat(page).contains("3 học bạ", "có bản thay thế đang duyệt")
				.doesNotContain("data-record=\"" + replacement + "\"");
			assertThat(page(org.schoolA.principal, "/classes/" + org.schoolA.class4a)).contains("1 đã nộp")
				.doesNotContain("3 đang soạn");
		}
		finally {
			jdbc.update("delete from record_audit where record_id = ?", replacement);
			jdbc.update("delete from record_correction where replacement_id = ?", replacement);
			jdbc.update("delete from year_record where id = ?", replacement);
		}
	}

	@Test
	void classPageShowsTheCountsPerState() throws Exception {
		assertThat(page(org.schoolA.principal, "/classes/" + org.schoolA.class4a)).contains("id=\"record-states\"",
				"2 đang soạn", "1 đã nộp");
		assertThat(page(org.schoolA.principal, "/classes/" + org.schoolA.class5a))
			.doesNotContain("id=\"record-states\"");
	}

	private String startApproval() {
		return runtime.startProcessInstanceByKey("classApprovalProbeProcess",
				Map.of("classId", org.schoolA.class4a, "schoolId", org.schoolA.id)).getId();
	}

	private MvcResult decide(String taskId, Map<String, String> typed) throws Exception {
		var request = post("/tasks/" + taskId + "/complete").param("approvalOf", String.valueOf(org.schoolA.class4a));
		typed.forEach((key, value) -> request.param("f." + key, value));
		return mvc.perform(request.with(csrf()).with(as(org.schoolA.principal))).andReturn();
	}

	private String approval() {
		return "/classes/" + org.schoolA.class4a + "/approval";
	}

	private String page(String username, String path) throws Exception {
		MvcResult result = mvc.perform(get(path).with(as(username))).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private int status(String username, String path) throws Exception {
		return mvc.perform(get(path).with(as(username))).andReturn().getResponse().getStatus();
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

}
