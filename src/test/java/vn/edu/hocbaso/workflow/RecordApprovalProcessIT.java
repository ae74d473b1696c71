package vn.edu.hocbaso.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.edu.hocbaso.notification.Notice;
import vn.edu.hocbaso.record.ClassNotReady;
import vn.edu.hocbaso.record.RecordState;
import vn.edu.hocbaso.schoolyear.DeadlineKind;
import vn.edu.hocbaso.testing.FilledRecords;
import vn.edu.hocbaso.testing.OrganisationFixture;

/**
 * The approval of one record as supplementary evaluation and corrections call it: preparation, the homeroom
 * teacher's and the principal's approval (or a return with a reason), the clerk's submission and the registry's
 * answer.
 */
class RecordApprovalProcessIT extends ProcessIntegrationTest {

	OrganisationFixture org;

	long classId;

	long teacher;

	long principal;

	long clerk;

	long recordId;

	String key;

	@BeforeEach
	void fillARecord() {
		org = organisation();
		classId = org.schoolA.class4a;
		teacher = staffId(org.schoolA.homeroomTeacher);
		principal = staffId(org.schoolA.principal);
		clerk = staffId(org.schoolA.clerk);
		recordId = records(org, classId, teacher, List.of(FilledRecords::completing)).get(0);
		key = "record-" + recordId;
	}

	@Test
	void takesARecordFromPreparationToAcceptance() {

		start();
		assertTask("Task_PrepareRecord", "homeroom-" + classId);

		submit();
		approvals.markAccepted(recordId);
		classBooks.registryAnswered(key, true, null);

		assertThat(state(recordId)).isEqualTo(RecordState.ACCEPTED);
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
	}

	@Test
	void principalReturnsTheRecordWithAReasonAndApprovesAfterTheFix() {

		start();
		complete(task(key), teacher, Map.of());
		signAndComplete(task(key), teacher, Map.of("teacherConfirmed", true));

		complete(task(key), principal, Map.of("principalDecision", "RETURN",
				"returnReason", "Thiếu nhận xét môn Tiếng Việt."));

		assertThat(state(recordId)).isEqualTo(RecordState.DRAFT);
		assertTask("Task_PrepareRecord", "homeroom-" + classId);
		assertThat(taskService.getVariable(task(key).getId(), "returnReason"))
			.isEqualTo("Thiếu nhận xét môn Tiếng Việt.");
		assertThat(notices.unread(teacher))
			.filteredOn(notice -> notice.messageKey().equals(ReturnRecordDelegate.NOTICE))
			.singleElement().extracting(Notice::arguments)
			.isEqualTo(List.of("Nguyễn Thị Học Sinh A", "Thiếu nhận xét môn Tiếng Việt."));

		complete(task(key), teacher, Map.of());
		signAndComplete(task(key), teacher, Map.of("teacherConfirmed", true));
		signAndComplete(task(key), principal, Map.of("principalDecision", "APPROVE"));

		assertThat(state(recordId)).isEqualTo(RecordState.SIGNED_BY_PRINCIPAL);
		assertTask("Task_IssueAndSubmitRecord", "clerk-" + org.schoolA.id);
	}

	@Test
	void anEditAfterApprovalSendsTheRecordBackToPreparationAndTheFlowCompletes() {

		start();
		complete(task(key), teacher, Map.of());
		signAndComplete(task(key), teacher, Map.of("teacherConfirmed", true));
		signAndComplete(task(key), principal, Map.of("principalDecision", "APPROVE"));
		assertTask("Task_IssueAndSubmitRecord", "clerk-" + org.schoolA.id);

		change(recordId, teacher, record -> record.remark("Em tiến bộ rõ rệt trong học kỳ II."));

		assertThat(state(recordId)).isEqualTo(RecordState.DRAFT);
		assertTask("Task_PrepareRecord", "homeroom-" + classId);
		assertThat(notices.unread(teacher)).extracting(Notice::messageKey).contains(RecordChanges.NOTICE);

		submit();
		approvals.markAccepted(recordId);
		classBooks.registryAnswered(key, true, null);
		assertThat(state(recordId)).isEqualTo(RecordState.ACCEPTED);
	}

	@Test
	void refusesAReturnWithoutAReasonAndChangesNothing() {

		start();
		complete(task(key), teacher, Map.of());
		signAndComplete(task(key), teacher, Map.of("teacherConfirmed", true));
		Task approval = task(key);

		Throwable refusal = catchThrowable(() -> complete(approval, principal, Map.of("principalDecision", "RETURN")));

		assertThat(ClassRecordBookProcessIT.chain(refusal)).anySatisfy(
				cause -> assertThat(cause.getClass().getSimpleName()).isEqualTo("ApprovalRefused"));
		assertThat(state(recordId)).isEqualTo(RecordState.SIGNED_BY_TEACHER);
		assertThat(task(key).getId()).isEqualTo(approval.getId());
	}

	@Test
	void refusesToEndPreparationWhileTheRecordFailsTheChecks() {

		change(recordId, teacher, record -> record.remark(null));
		start();
		Task prepare = task(key);

		Throwable refusal = catchThrowable(() -> complete(prepare, teacher, Map.of()));

		assertThat(ClassRecordBookProcessIT.chain(refusal)).anySatisfy(
				cause -> assertThat(cause).isInstanceOf(ClassNotReady.class));
		assertThat(task(key).getId()).isEqualTo(prepare.getId());
		assertThat(records.findById(recordId).orElseThrow().isComplete()).isFalse();
	}

	@Test
	void registryRejectionSendsTheRecordBackToPreparationUntilAccepted() {

		start();
		submit();
		approvals.markRejected(recordId, "Sai ngày sinh.");
		classBooks.registryAnswered(key, false, "Sai ngày sinh.");

		assertThat(state(recordId)).isEqualTo(RecordState.REJECTED);
		assertTask("Task_PrepareRecord", "homeroom-" + classId);
		assertThat(taskService.getVariable(task(key).getId(), "rejectionReasons")).isEqualTo("Sai ngày sinh.");

		submit();
		String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult().getId();
		assertThat(runtime.getVariables(instance)).doesNotContainKeys("rejectionReasons", "registryAccepted");
		approvals.markAccepted(recordId);
		classBooks.registryAnswered(key, true, null);

		assertThat(state(recordId)).isEqualTo(RecordState.ACCEPTED);
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
	}

	private void start() {
		runtime.startProcessInstanceByKey("recordApprovalProcess", key, Map.of("recordId", recordId,
				"classId", classId, "schoolId", org.schoolA.id, "schoolYearId", org.yearId,
				"departmentId", org.departmentId));
	}

	private void submit() {

		complete(task(key), teacher, Map.of());
		assertTask("Task_ApproveRecordAsTeacher", "homeroom-" + classId);
		signAndComplete(task(key), teacher, Map.of("teacherConfirmed", true));
		assertThat(state(recordId)).isEqualTo(RecordState.SIGNED_BY_TEACHER);

		assertTask("Task_ApproveRecordAsPrincipal", "board-" + org.schoolA.id);
		signAndComplete(task(key), principal, Map.of("principalDecision", "APPROVE"));
		assertThat(state(recordId)).isEqualTo(RecordState.SIGNED_BY_PRINCIPAL);

		assertTask("Task_IssueAndSubmitRecord", "clerk-" + org.schoolA.id);
		signAndComplete(task(key), clerk, Map.of("submissionConfirmed", true));
		assertThat(state(recordId)).isEqualTo(RecordState.SUBMITTED);
	}

	private void assertTask(String step, String group) {

		Task task = task(key);

		assertThat(task.getTaskDefinitionKey()).isEqualTo(step);
		assertThat(candidateGroups(task)).containsExactly(group);
		assertThat(task.getDueDate()).isEqualTo(due(DeadlineKind.SUPPLEMENTARY_TASK_DUE, org));
	}

}
