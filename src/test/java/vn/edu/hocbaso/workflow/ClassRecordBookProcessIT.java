package vn.edu.hocbaso.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Map;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import vn.edu.hocbaso.notification.Notice;
import vn.edu.hocbaso.record.ApprovalRefused;
import vn.edu.hocbaso.record.ClassNotReady;
import vn.edu.hocbaso.record.RecordApproval;
import vn.edu.hocbaso.record.RecordApproval.Step;
import vn.edu.hocbaso.record.RecordField;
import vn.edu.hocbaso.record.RecordState;
import vn.edu.hocbaso.schoolyear.DeadlineKind;
import vn.edu.hocbaso.testing.FilledRecords;
import vn.edu.hocbaso.testing.OrganisationFixture;

/**
 * The class record book on the real engine: preparation, the homeroom teacher's and the principal's approval
 * (or a return with a reason), the clerk's submission and the registry's answer, with the record states after
 * every step.
 */
@ExtendWith(OutputCaptureExtension.class)
class ClassRecordBookProcessIT extends ProcessIntegrationTest {

	@Autowired
	PupilNames pupilNames;

	OrganisationFixture org;

	long classId;

	String book;

	long teacher;

	long principal;

	long clerk;

	@BeforeEach
	void createSchool() {
		org = organisation();
		classId = org.schoolA.class4a;
		book = "class-" + classId;
		teacher = staffId(org.schoolA.homeroomTeacher);
		principal = staffId(org.schoolA.principal);
		clerk = staffId(org.schoolA.clerk);
	}

	@Test
	void takesAClassFromPreparationToAcceptance() {

		List<Long> ids = records(org, classId, teacher, List.of(FilledRecords::completing, FilledRecords::completing));
		classBooks.open(classId);
		classBooks.open(classId);

		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(book).count()).isOne();
		assertThat(runtime.getVariables(task(book).getExecutionId())).containsEntry("classId", classId)
			.containsEntry("schoolId", org.schoolA.id)
			.containsEntry("schoolYearId", org.yearId)
			.containsEntry("departmentId", org.departmentId);
		assertTask("Task_PrepareClass", "homeroom-" + classId, DeadlineKind.PREPARATION_DUE);

		complete(task(book), teacher, Map.of());
		assertThat(ids).allSatisfy(id -> assertThat(records.findById(id).orElseThrow().isComplete()).isTrue());
		assertThat(states(ids)).containsOnly(RecordState.DRAFT);
		assertTask("Task_ApproveClassAsTeacher", "homeroom-" + classId, DeadlineKind.TEACHER_APPROVAL_DUE);

		signAndComplete(task(book), teacher, Map.of("teacherConfirmed", true));
		assertThat(states(ids)).containsOnly(RecordState.SIGNED_BY_TEACHER);
		assertTask("Task_ApproveClassAsPrincipal", "board-" + org.schoolA.id, DeadlineKind.PRINCIPAL_APPROVAL_DUE);

		signAndComplete(task(book), principal, Map.of("principalDecision", "APPROVE"));
		assertThat(states(ids)).containsOnly(RecordState.SIGNED_BY_PRINCIPAL);
		assertTask("Task_IssueAndSubmitClass", "clerk-" + org.schoolA.id, DeadlineKind.SUBMISSION_DUE);

		signAndComplete(task(book), clerk, Map.of("submissionConfirmed", true));
		assertThat(states(ids)).containsOnly(RecordState.SUBMITTED);
		assertThat(approvals.approvalsOf(ids.get(0))).extracting(RecordApproval::getStep, RecordApproval::getStaffId)
			.containsExactly(tuple(Step.TEACHER, teacher), tuple(Step.PRINCIPAL, principal), tuple(Step.ISSUE, clerk));
		assertThat(tasks(book)).isEmpty();
		assertThat(classBooks.currentStep(classId)).hasValue("Event_RegistryAnswer");

		ids.forEach(approvals::markAccepted);
		classBooks.registryAnswered(book, true, null);

		assertThat(states(ids)).containsOnly(RecordState.ACCEPTED);
		assertThat(classBooks.currentStep(classId)).isEmpty();
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(book).count()).isZero();
		classBooks.open(classId);
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(book).count()).isZero();
	}

	@Test
	void opensOneBookWhenOpenedTwiceAtOnce() throws Exception {

		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<Object>> openings = threads.invokeAll(List.of(opening(), opening()));
			for (Future<Object> opening : openings) {
				opening.get();
			}
		}
		finally {
			threads.shutdown();
		}

		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(book).count()).isOne();
	}

	private Callable<Object> opening() {
		return () -> {
			classBooks.open(classId);
			return null;
		};
	}

	@Test
	void principalReturnsTheClassWithAReasonAndApprovesAfterTheFix() {

		List<Long> ids = records(org, classId, teacher, List.of(FilledRecords::completing, FilledRecords::completing));
		classBooks.open(classId);
		complete(task(book), teacher, Map.of());
		signAndComplete(task(book), teacher, Map.of("teacherConfirmed", true));

		complete(task(book), principal, Map.of("principalDecision", "RETURN",
				"returnReason", "Nhận xét môn Toán của em A chưa đúng."));

		assertThat(states(ids)).containsOnly(RecordState.DRAFT);
		assertThat(approvals.approvalsOf(ids.get(0))).singleElement().satisfies(approval -> {
			assertThat(approval.getStep()).isEqualTo(Step.TEACHER);
			assertThat(approval.isVoided()).isTrue();
		});
		Task prepare = assertTask("Task_PrepareClass", "homeroom-" + classId, DeadlineKind.PREPARATION_DUE);
		assertThat(taskService.getVariable(prepare.getId(), "returnReason"))
			.isEqualTo("Nhận xét môn Toán của em A chưa đúng.");
		assertThat(notices.unread(teacher)).filteredOn(notice -> notice.messageKey().equals(ReturnClassDelegate.NOTICE))
			.singleElement().extracting(Notice::arguments)
			.isEqualTo(List.of("4A", "Nhận xét môn Toán của em A chưa đúng."));

		change(ids.get(0), teacher, record -> record.remark("Em ngoan, tiến bộ nhiều về môn Toán."));
		complete(prepare, teacher, Map.of());
		assertThat(runtime.getVariables(prepare.getProcessInstanceId())).doesNotContainKeys("returnReason",
				"principalDecision", "teacherConfirmed");
		signAndComplete(task(book), teacher, Map.of("teacherConfirmed", true));
		assertThat(states(ids)).containsOnly(RecordState.SIGNED_BY_TEACHER);
		signAndComplete(task(book), principal, Map.of("principalDecision", "APPROVE", "returnReason", ""));

		assertThat(states(ids)).containsOnly(RecordState.SIGNED_BY_PRINCIPAL);
		assertTask("Task_IssueAndSubmitClass", "clerk-" + org.schoolA.id, DeadlineKind.SUBMISSION_DUE);
	}

	@Test
	void anEditAfterApprovalSendsTheClassBackToPreparationAndTheFlowCompletes() {

		List<Long> ids = records(org, classId, teacher, List.of(FilledRecords::completing, FilledRecords::completing));
		classBooks.open(classId);
		complete(task(book), teacher, Map.of());
		signAndComplete(task(book), teacher, Map.of("teacherConfirmed", true));
		assertTask("Task_ApproveClassAsPrincipal", "board-" + org.schoolA.id, DeadlineKind.PRINCIPAL_APPROVAL_DUE);

		change(ids.get(0), teacher, record -> record.remark("Em tiến bộ rõ rệt trong học kỳ II."));

		assertThat(states(ids)).containsExactly(RecordState.DRAFT, RecordState.SIGNED_BY_TEACHER);
		assertThat(approvals.signedRecord(ids.get(0))).isEmpty();
		assertThat(approvals.signedRecord(ids.get(1))).isPresent();
		assertThat(management.history(ids.get(0))).filteredOn(row -> row.getField().equals(RecordField.SIGNATURES))
			.singleElement().satisfies(row -> assertThat(row.getNewValue()).contains("signatures voided (TEACHER)")
				.contains(RecordField.TEACHER_REMARK));
		assertTask("Task_PrepareClass", "homeroom-" + classId, DeadlineKind.PREPARATION_DUE);
		String pupil = pupilNames.ofRecord(ids.get(0));
		assertThat(notices.unread(teacher)).filteredOn(notice -> notice.messageKey().equals(RecordChanges.NOTICE))
			.singleElement().extracting(Notice::arguments).isEqualTo(List.of(pupil, "4A"));
		assertThat(notices.unread(principal)).extracting(Notice::messageKey).contains(RecordChanges.NOTICE);

		submit();
		assertThat(states(ids)).containsOnly(RecordState.SUBMITTED);
		ids.forEach(approvals::markAccepted);
		classBooks.registryAnswered(book, true, null);
		assertThat(classBooks.currentStep(classId)).isEmpty();
	}

	@Test
	void anEditOfACheckedRecordAtTheTeachersApprovalSendsTheClassBackToPreparation() {

		List<Long> ids = records(org, classId, teacher, List.of(FilledRecords::completing));
		classBooks.open(classId);
		complete(task(book), teacher, Map.of());

		change(ids.get(0), teacher, record -> record.remark("Em tiến bộ rõ rệt trong học kỳ II."));
		assertTask("Task_PrepareClass", "homeroom-" + classId, DeadlineKind.PREPARATION_DUE);

		change(ids.get(0), teacher, record -> record.remark("Em chăm ngoan."));
		assertThat(tasks(book)).singleElement().extracting(Task::getTaskDefinitionKey).isEqualTo("Task_PrepareClass");
	}

	@Test
	void refusesAReturnWithoutAReasonAndChangesNothing() {

		List<Long> ids = records(org, classId, teacher, List.of(FilledRecords::completing));
		classBooks.open(classId);
		complete(task(book), teacher, Map.of());
		signAndComplete(task(book), teacher, Map.of("teacherConfirmed", true));
		Task approval = task(book);

		Throwable refusal = catchThrowable(() -> complete(approval, principal,
				Map.of("principalDecision", "RETURN", "returnReason", "   ")));

		assertThat(refusal).isNotNull();
		assertThat(chain(refusal)).anySatisfy(cause -> assertThat(cause.getClass().getSimpleName())
			.isEqualTo("ApprovalRefused"));
		assertThat(states(ids)).containsOnly(RecordState.SIGNED_BY_TEACHER);
		assertThat(task(book).getId()).isEqualTo(approval.getId());
		assertThat(noticeKeys(teacher)).doesNotContain(ReturnClassDelegate.NOTICE);
	}

	@Test
	void eachApprovalStepIsRefusedNamingThePupilsWhoseRecordsAreNotSignedYet() {

		List<Long> ids = records(org, classId, teacher, List.of(FilledRecords::completing, FilledRecords::completing));
		classBooks.open(classId);
		complete(task(book), teacher, Map.of());
		signatures.signAsTeacher(ids.get(0));
		Task teachers = task(book);

		Throwable refusal = catchThrowable(() -> complete(teachers, teacher, Map.of("teacherConfirmed", true)));

		assertThat(chain(refusal)).filteredOn(ApprovalRefused.class::isInstance).singleElement()
			.satisfies(cause -> {
				assertThat(((ApprovalRefused) cause).getMessageKey()).isEqualTo("record.signature.notSignedByTeacher");
				assertThat(((ApprovalRefused) cause).getArguments()).containsExactly(pupilNames.ofRecord(ids.get(1)));
			});
		assertThat(task(book).getId()).isEqualTo(teachers.getId());
		assertThat(states(ids)).containsExactly(RecordState.SIGNED_BY_TEACHER, RecordState.DRAFT);

		signAndComplete(teachers, teacher, Map.of("teacherConfirmed", true));
		Task principals = task(book);
		assertThat(catchThrowable(() -> complete(principals, principal, Map.of("principalDecision", "APPROVE"))))
			.isNotNull();
		assertThat(task(book).getId()).isEqualTo(principals.getId());
		signAndComplete(principals, principal, Map.of("principalDecision", "APPROVE"));
		Task clerks = task(book);
		assertThat(catchThrowable(() -> complete(clerks, clerk, Map.of("submissionConfirmed", true)))).isNotNull();
		assertThat(states(ids)).containsOnly(RecordState.SIGNED_BY_PRINCIPAL);
		signAndComplete(clerks, clerk, Map.of("submissionConfirmed", true));
		assertThat(states(ids)).containsOnly(RecordState.SUBMITTED);
	}

	@Test
	void refusesToEndPreparationWhileARecordFailsTheChecks(CapturedOutput output) {

		List<Long> ids = records(org, classId, teacher, List.of(FilledRecords::completing, record -> {
			FilledRecords.completing(record);
			record.remark(null);
		}));
		classBooks.open(classId);
		Task prepare = task(book);

		Throwable refusal = catchThrowable(() -> complete(prepare, teacher, Map.of()));

		assertThat(chain(refusal)).filteredOn(ClassNotReady.class::isInstance).singleElement()
			.satisfies(cause -> assertThat(((ClassNotReady) cause).getFailing()).containsExactly(ids.get(1)));
		assertThat(task(book).getId()).isEqualTo(prepare.getId());
		assertThat(ids).allSatisfy(id -> assertThat(records.findById(id).orElseThrow().isComplete()).isFalse());
		// An expected refusal, shown to the user: at INFO, without the engine's ERROR stack trace.
		assertThat(output).contains("Engine command", "refused: tasks.refused.classNotReady")
			.doesNotContain("ENGINE-16004");

		change(ids.get(1), teacher, record -> record.remark("Em ngoan."));
		complete(prepare, teacher, Map.of());

		assertTask("Task_ApproveClassAsTeacher", "homeroom-" + classId, DeadlineKind.TEACHER_APPROVAL_DUE);
	}

	@Test
	void registryRejectionSendsTheClassBackToPreparationUntilAccepted() {

		List<Long> ids = records(org, classId, teacher, List.of(FilledRecords::completing, FilledRecords::completing));
		classBooks.open(classId);
		submit();

		approvals.markAccepted(ids.get(0));
		approvals.markRejected(ids.get(1), "Số định danh cá nhân không khớp.");
		classBooks.registryAnswered(book, false, "Số định danh cá nhân không khớp.");

		assertThat(states(ids)).containsExactly(RecordState.ACCEPTED, RecordState.REJECTED);
		Task prepare = assertTask("Task_PrepareClass", "homeroom-" + classId, DeadlineKind.PREPARATION_DUE);
		assertThat(taskService.getVariable(prepare.getId(), "rejectionReasons"))
			.isEqualTo("Số định danh cá nhân không khớp.");

		submit();
		assertThat(states(ids)).containsExactly(RecordState.ACCEPTED, RecordState.SUBMITTED);
		approvals.markAccepted(ids.get(1));
		classBooks.registryAnswered(book, true, null);

		assertThat(states(ids)).containsOnly(RecordState.ACCEPTED);
		assertThat(classBooks.currentStep(classId)).isEmpty();
	}

	@Test
	void sendsAPupilWhoDidNotCompleteToSupplementaryEvaluationWithoutWaiting() {

		List<Long> ids = records(org, classId, teacher, List.of(FilledRecords::completing,
				FilledRecords::notCompleting));
		classBooks.open(classId);

		complete(task(book), teacher, Map.of());

		String supplementary = "record-" + ids.get(1);
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("supplementaryEvaluationProcess")
			.processInstanceBusinessKey(supplementary).count()).isOne();
		assertThat(task(supplementary).getTaskDefinitionKey()).isEqualTo("Task_PlanSupport");
		assertThat(classBooks.currentStep(classId)).hasValue("Task_ApproveClassAsTeacher");

		signAndComplete(task(book), teacher, Map.of("teacherConfirmed", true));
		assertThat(states(ids)).containsExactly(RecordState.SIGNED_BY_TEACHER, RecordState.DRAFT);

		complete(task(book), principal, Map.of("principalDecision", "RETURN", "returnReason", "Sai chiều cao."));
		complete(task(book), teacher, Map.of());
		assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("supplementaryEvaluationProcess")
			.processInstanceBusinessKey(supplementary).count()).isOne();
		assertThat(classBooks.currentStep(classId)).hasValue("Task_ApproveClassAsTeacher");
	}

	@Test
	void handsTheRegistryAnswerToTheBookThatWaitsForIt() {

		classBooks.open(classId);
		String instance = task(book).getProcessInstanceId();
		runtime.createProcessInstanceModification(instance).cancelAllForActivity("Task_PrepareClass")
			.startBeforeActivity("Event_RegistryAnswer").execute();
		assertThat(classBooks.currentStep(classId)).hasValue("Event_RegistryAnswer");

		classBooks.registryAnswered(book, false, "Thiếu chữ ký của hiệu trưởng.");

		Task prepare = assertTask("Task_PrepareClass", "homeroom-" + classId, DeadlineKind.PREPARATION_DUE);
		assertThat(taskService.getVariable(prepare.getId(), "rejectionReasons"))
			.isEqualTo("Thiếu chữ ký của hiệu trưởng.");
		assertThat(taskService.getVariable(prepare.getId(), "registryAccepted")).isEqualTo(false);

		runtime.createProcessInstanceModification(instance).cancelAllForActivity("Task_PrepareClass")
			.startBeforeActivity("Event_RegistryAnswer").execute();
		classBooks.registryAnswered(book, true, null);

		assertThat(classBooks.currentStep(classId)).isEmpty();
		assertThat(catchThrowable(() -> classBooks.registryAnswered(book, true, null)))
			.isInstanceOf(MismatchingMessageCorrelationException.class);
	}

	private void submit() {
		complete(task(book), teacher, Map.of());
		signAndComplete(task(book), teacher, Map.of("teacherConfirmed", true));
		signAndComplete(task(book), principal, Map.of("principalDecision", "APPROVE"));
		signAndComplete(task(book), clerk, Map.of("submissionConfirmed", true));
	}

	private Task assertTask(String step, String group, DeadlineKind due) {

		Task task = task(book);

		assertThat(task.getTaskDefinitionKey()).isEqualTo(step);
		assertThat(candidateGroups(task)).containsExactly(group);
		assertThat(task.getDueDate()).isEqualTo(due(due, org));
		assertThat(classBooks.currentStep(classId)).hasValue(step);

		return task;
	}

	static List<Throwable> chain(Throwable throwable) {
		List<Throwable> chain = new java.util.ArrayList<>();
		for (Throwable cause = throwable; cause != null && !chain.contains(cause); cause = cause.getCause()) {
			chain.add(cause);
		}
		return chain;
	}

}
