package vn.edu.hocbaso.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.edu.hocbaso.notification.Notice;
import vn.edu.hocbaso.notification.Notices;
import vn.edu.hocbaso.record.RecordApproval;
import vn.edu.hocbaso.record.RecordApprovals;
import vn.edu.hocbaso.record.RecordManagement;
import vn.edu.hocbaso.record.RecordState;
import vn.edu.hocbaso.record.YearRecord;
import vn.edu.hocbaso.record.YearRecordRepository;
import vn.edu.hocbaso.schoolyear.DeadlineKind;
import vn.edu.hocbaso.schoolyear.Deadlines;
import vn.edu.hocbaso.testing.OrganisationFixture;
import vn.edu.hocbaso.testing.TestSignatures;

/**
 * The real processes on the real engine and database. The tests act as the people of a fixture school would:
 * fill a class's records, take the task their group is offered, complete it with the form's values as the
 * task list does (with {@code actorStaffId}), and answer for the registry.
 */
@SpringBootTest
abstract class ProcessIntegrationTest {

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService managementService;

	@Autowired
	RecordManagement management;

	@Autowired
	RecordApprovals approvals;

	@Autowired
	YearRecordRepository records;

	@Autowired
	Deadlines deadlines;

	@Autowired
	Notices notices;

	@Autowired
	ClassBooks classBooks;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	TestSignatures signatures;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	OrganisationFixture organisation() {
		return new OrganisationFixture(jdbc, encoder);
	}

	long staffId(String username) {
		return jdbc.queryForObject("select staff_id from account where username = ?", Long.class, username);
	}

	/** Adds one pupil per filling to the class and opens their records, filled in by the homeroom teacher. */
	List<Long> records(OrganisationFixture org, long classId, long teacherId, List<Consumer<YearRecord>> fillings) {

		for (int i = 0; i < fillings.size(); i++) {
			org.pupil(classId, "Nguyễn Thị Học Sinh " + (char) ('A' + i));
		}
		List<YearRecord> opened = management.openClass(classId, teacherId);
		assertThat(opened).hasSize(fillings.size());

		for (int i = 0; i < fillings.size(); i++) {
			YearRecord record = opened.get(i);
			management.change(record.getId(), record.getVersion(), teacherId, fillings.get(i));
		}

		return opened.stream().map(YearRecord::getId).toList();
	}

	void change(long recordId, long teacherId, Consumer<YearRecord> change) {
		YearRecord record = records.findById(recordId).orElseThrow();
		management.change(recordId, record.getVersion(), teacherId, change);
	}

	RecordState state(long recordId) {
		return records.findById(recordId).orElseThrow().getState();
	}

	List<RecordState> states(List<Long> recordIds) {
		return recordIds.stream().map(this::state).toList();
	}

	/** The one open task of the instances of a business key (a called record approval shares the key). */
	Task task(String businessKey) {
		List<Task> open = tasks(businessKey);
		assertThat(open).as("open tasks of " + businessKey).hasSize(1);
		return open.get(0);
	}

	List<Task> tasks(String businessKey) {
		return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).active().list();
	}

	void complete(Task task, long actorStaffId, Map<String, Object> form) {
		Map<String, Object> variables = new HashMap<>(form);
		variables.put(ProcessValues.ACTOR_STAFF_ID, actorStaffId);
		taskService.complete(task.getId(), variables);
	}

	/**
	 * The person signs what the task's step signs, as she would on the signing page before she completes it, then
	 * completes it: the homeroom teacher the class's (or the record's) records in preparation, the principal what
	 * the teacher signed (unless she returns it), the clerk adds the school's issue signature. Records that are
	 * not where the step comes are left unsigned, so that the step's own refusal shows.
	 */
	void signAndComplete(Task task, long actorStaffId, Map<String, Object> form) {
		sign(task, form);
		complete(task, actorStaffId, form);
	}

	void sign(Task task, Map<String, Object> form) {

		String step = task.getTaskDefinitionKey();
		if (step.contains("Principal") && !"APPROVE".equals(form.get("principalDecision"))) {
			return;
		}
		Object classId = taskService.getVariable(task.getId(), ProcessVariables.CLASS_ID);
		Object recordId = taskService.getVariable(task.getId(), ProcessVariables.RECORD_ID);
		switch (step) {
			case "Task_ApproveClassAsTeacher" -> signatures.signClassAsTeacher(((Number) classId).longValue());
			case "Task_ApproveClassAsPrincipal" -> signatures.signClassAsPrincipal(((Number) classId).longValue());
			case "Task_IssueAndSubmitClass" -> signatures.issueClass(((Number) classId).longValue());
			case "Task_ApproveRecordAsTeacher" -> signRecord((Number) recordId, RecordApproval.Step.TEACHER,
					RecordState.DRAFT, RecordState.REJECTED);
			case "Task_ApproveRecordAsPrincipal" -> signRecord((Number) recordId, RecordApproval.Step.PRINCIPAL,
					RecordState.SIGNED_BY_TEACHER);
			case "Task_IssueAndSubmitRecord" -> signRecord((Number) recordId, RecordApproval.Step.ISSUE,
					RecordState.SIGNED_BY_PRINCIPAL);
			default -> throw new IllegalArgumentException("Nothing to sign at " + step);
		}
	}

	private void signRecord(Number recordId, RecordApproval.Step step, RecordState... from) {
		if (List.of(from).contains(state(recordId.longValue()))) {
			signatures.sign(recordId.longValue(), step);
		}
	}

	List<String> candidateGroups(Task task) {
		return taskService.getIdentityLinksForTask(task.getId()).stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
			.map(IdentityLink::getGroupId)
			.toList();
	}

	Date due(DeadlineKind kind, OrganisationFixture org) {
		return Date.from(deadlines.at(kind, org.schoolA.id, org.yearId));
	}

	List<String> noticeKeys(long staffId) {
		return notices.unread(staffId).stream().map(Notice::messageKey).toList();
	}

	static void moveClockTo(Instant instant) {
		ClockUtil.setCurrentTime(Date.from(instant));
	}

}
