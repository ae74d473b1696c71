package vn.edu.hocbaso.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.edu.hocbaso.record.ApprovalRefused;
import vn.edu.hocbaso.record.OverallResult;
import vn.edu.hocbaso.record.RecordState;
import vn.edu.hocbaso.record.YearRecord;
import vn.edu.hocbaso.schoolyear.CalendarManagement;
import vn.edu.hocbaso.schoolyear.CloseOff;
import vn.edu.hocbaso.schoolyear.DeadlineKind;
import vn.edu.hocbaso.testing.FilledRecords;
import vn.edu.hocbaso.testing.OrganisationFixture;

/**
 * The summer evaluation of a pupil who did not complete the grade, started by the class book: support plan,
 * evaluation again, the principal's decision on promotion, the record's approvals and the registry's answer,
 * bounded by the supplementary close-off.
 */
class SupplementaryEvaluationProcessIT extends ProcessIntegrationTest {

	OrganisationFixture org;

	long classId;

	long teacher;

	long principal;

	long clerk;

	List<Long> ids;

	@Autowired
	CalendarManagement calendar;

	String evaluation;

	@BeforeEach
	void holdAPupilForTheSummer() {

		org = organisation();
		classId = org.schoolA.class4a;
		teacher = staffId(org.schoolA.homeroomTeacher);
		principal = staffId(org.schoolA.principal);
		clerk = staffId(org.schoolA.clerk);

		ids = records(org, classId, teacher, List.of(FilledRecords::completing, FilledRecords::notCompleting));
		classBooks.open(classId);
		complete(task("class-" + classId), teacher, Map.of());
		evaluation = "record-" + ids.get(1);
	}

	@Test
	void carriesAPupilWhoStillDidNotCompleteThroughThePrincipalsDecisionToAcceptance() {

		assertThat(runtime.getVariables(task(evaluation).getExecutionId())).containsEntry("recordId", ids.get(1))
			.containsEntry("classId", classId)
			.containsEntry("schoolId", org.schoolA.id)
			.containsEntry("schoolYearId", org.yearId)
			.containsEntry("departmentId", org.departmentId);
		assertTask("Task_PlanSupport", "homeroom-" + classId);
		complete(task(evaluation), teacher, Map.of("supportPlan", "Ôn tập môn Toán hai buổi mỗi tuần trong tháng 7."));

		assertTask("Task_EvaluateAgain", "homeroom-" + classId);
		complete(task(evaluation), teacher, Map.of("completedAfterReview", "no",
				"evaluationNote", "Em tiến bộ nhưng chưa đạt chuẩn môn Toán."));
		assertThat(record().getCompletedGrade()).isFalse();

		assertTask("Task_DecidePromotion", "board-" + org.schoolA.id);
		complete(task(evaluation), principal, Map.of("promoted", "yes",
				"promotionReason", "Em chăm chỉ, gia đình cam kết hỗ trợ thêm."));
		assertThat(record().getPromoted()).isTrue();

		approveAndSubmit();
		approvals.markAccepted(ids.get(1));
		classBooks.registryAnswered(evaluation, true, null);

		assertThat(state(ids.get(1))).isEqualTo(RecordState.ACCEPTED);
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(evaluation).count()).isZero();
	}

	@Test
	void goesStraightToTheApprovalsWhenThePupilCompletedAfterTheSummer() {

		complete(task(evaluation), teacher, Map.of("supportPlan", "Ôn tập môn Toán."));
		change(ids.get(1), teacher, record -> record.confirmResult(OverallResult.HT,
				"Em đã đạt yêu cầu môn Toán sau đánh giá bổ sung."));
		complete(task(evaluation), teacher, Map.of("completedAfterReview", "yes",
				"evaluationNote", "Em đã đạt yêu cầu môn Toán."));

		assertThat(record().getCompletedGrade()).isTrue();
		assertThat(record().getPromoted()).isTrue();
		assertTask("Task_PrepareRecord", "homeroom-" + classId);
		complete(task(evaluation), teacher, Map.of());
		assertThat(record().isComplete()).isTrue();
	}

	@Test
	void refusesCompletionAfterTheSummerWhileTheResultIsStillNotCompleted() {

		complete(task(evaluation), teacher, Map.of("supportPlan", "Ôn tập môn Toán."));
		Task evaluate = task(evaluation);

		Throwable refusal = catchThrowable(() -> complete(evaluate, teacher, Map.of("completedAfterReview", "yes",
				"evaluationNote", "Em đã đạt yêu cầu môn Toán.")));

		assertThat(ClassRecordBookProcessIT.chain(refusal)).filteredOn(ApprovalRefused.class::isInstance)
			.singleElement().extracting(cause -> ((ApprovalRefused) cause).getMessageKey())
			.isEqualTo("record.approval.resultStillNotCompleted");
		assertThat(record().getCompletedGrade()).isFalse();
		assertThat(record().getPromoted()).isFalse();
		assertThat(task(evaluation).getId()).isEqualTo(evaluate.getId());
	}

	@Test
	void tellsTheSchoolAtTheSupplementaryCloseOffAndKeepsTheWorkOpen() {

		Task plan = task(evaluation);
		Job timer = managementService.createJobQuery().processInstanceId(plan.getProcessInstanceId()).timers()
			.singleResult();
		Instant closeOff = deadlines.at(DeadlineKind.SUPPLEMENTARY_CLOSE_OFF, org.schoolA.id, org.yearId);
		assertThat(timer.getDuedate().toInstant()).isEqualTo(closeOff);

		moveClockTo(closeOff.plus(Duration.ofMinutes(1)));
		managementService.executeJob(timer.getId());

		assertThat(noticeKeys(teacher)).contains(NoticeCloseOffPassedDelegate.NOTICE);
		assertThat(noticeKeys(principal)).contains(NoticeCloseOffPassedDelegate.NOTICE);
		assertThat(task(evaluation).getId()).isEqualTo(plan.getId());
		assertThat(managementService.createJobQuery().processInstanceId(plan.getProcessInstanceId()).count())
			.isZero();
	}

	@Test
	void followsAnExtensionOfTheSupplementaryCloseOffAndFiresOnceAtTheNewInstant() {

		Task plan = task(evaluation);
		String instance = plan.getProcessInstanceId();
		Instant closeOff = deadlines.at(DeadlineKind.SUPPLEMENTARY_CLOSE_OFF, org.schoolA.id, org.yearId);
		Instant extended = closeOff.plus(Duration.ofDays(10));

		calendar.grantExtension(org.yearId, org.schoolA.id, CloseOff.SUPPLEMENTARY, extended,
				"Học sinh ốm dài ngày trong hè.", null);

		Job timer = managementService.createJobQuery().processInstanceId(instance).timers().singleResult();
		assertThat(timer.getDuedate().toInstant()).isEqualTo(extended);
		assertThat(task(evaluation).getDueDate()).isEqualTo(due(DeadlineKind.SUPPLEMENTARY_TASK_DUE, org));

		moveClockTo(closeOff.plus(Duration.ofMinutes(1)));
		assertThat(managementService.createJobQuery().processInstanceId(instance).executable().count()).isZero();

		moveClockTo(extended.plus(Duration.ofMinutes(1)));
		assertThat(managementService.createJobQuery().processInstanceId(instance).executable().list())
			.extracting(Job::getId).containsExactly(timer.getId());
		managementService.executeJob(timer.getId());

		assertThat(noticeKeys(teacher)).containsOnlyOnce(NoticeCloseOffPassedDelegate.NOTICE);
		assertThat(managementService.createJobQuery().processInstanceId(instance).count()).isZero();
		assertThat(task(evaluation).getId()).isEqualTo(plan.getId());
	}

	private void approveAndSubmit() {

		assertTask("Task_PrepareRecord", "homeroom-" + classId);
		complete(task(evaluation), teacher, Map.of());
		assertThat(record().isComplete()).isTrue();

		assertTask("Task_ApproveRecordAsTeacher", "homeroom-" + classId);
		signAndComplete(task(evaluation), teacher, Map.of("teacherConfirmed", true));
		assertThat(state(ids.get(1))).isEqualTo(RecordState.SIGNED_BY_TEACHER);

		assertTask("Task_ApproveRecordAsPrincipal", "board-" + org.schoolA.id);
		signAndComplete(task(evaluation), principal, Map.of("principalDecision", "APPROVE"));
		assertThat(state(ids.get(1))).isEqualTo(RecordState.SIGNED_BY_PRINCIPAL);

		assertTask("Task_IssueAndSubmitRecord", "clerk-" + org.schoolA.id);
		signAndComplete(task(evaluation), clerk, Map.of("submissionConfirmed", true));
		assertThat(state(ids.get(1))).isEqualTo(RecordState.SUBMITTED);
	}

	private void assertTask(String step, String group) {

		Task task = task(evaluation);

		assertThat(task.getTaskDefinitionKey()).isEqualTo(step);
		assertThat(candidateGroups(task)).containsExactly(group);
		assertThat(task.getDueDate()).isEqualTo(due(DeadlineKind.SUPPLEMENTARY_TASK_DUE, org));
	}

	private YearRecord record() {
		return records.findById(ids.get(1)).orElseThrow();
	}

}
