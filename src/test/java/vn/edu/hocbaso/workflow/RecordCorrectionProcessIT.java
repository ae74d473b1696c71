package vn.edu.hocbaso.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import vn.edu.hocbaso.record.ApprovalRefused;
import vn.edu.hocbaso.record.RecordCorrection;
import vn.edu.hocbaso.record.RecordCorrection.Kind;
import vn.edu.hocbaso.record.RecordCorrections;
import vn.edu.hocbaso.record.RecordState;
import vn.edu.hocbaso.record.YearRecord;
import vn.edu.hocbaso.registry.RevocationDecided;
import vn.edu.hocbaso.testing.FilledRecords;
import vn.edu.hocbaso.testing.OrganisationFixture;

/**
 * Every path of recordCorrectionProcess on the real engine and database: withdrawal and replacement before the
 * lock, revocation approved or refused after it, and requests refused before anything starts. The replacement
 * and the re-issue run the real recordApprovalProcess as a call activity. The department decides a revocation at
 * its registry, which publishes {@link RevocationDecided} in the deciding transaction; here the decision is
 * published as the registry does (these records never went to the registry; the way through it is
 * submission.SubmissionCorrectionIT).
 */
class RecordCorrectionProcessIT extends ProcessIntegrationTest {

	@Autowired
	RecordCorrectionProcesses processes;

	@Autowired
	RecordCorrections corrections;

	@Autowired
	HistoryService history;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	OrganisationFixture org;

	long classId;

	long teacher;

	long principal;

	long clerk;

	long officer;

	long recordId;

	String key;

	@BeforeEach
	void submitARecord() {
		org = organisation();
		classId = org.schoolA.class4a;
		teacher = staffId(org.schoolA.homeroomTeacher);
		principal = staffId(org.schoolA.principal);
		clerk = staffId(org.schoolA.clerk);
		officer = staffId(org.officer);
		recordId = records(org, classId, teacher, List.of(FilledRecords::completing)).get(0);
		key = "record-" + recordId;

		approvals.completePreparationOf(recordId, teacher);
		signatures.signAsTeacher(recordId);
		approvals.approveAsTeacher(recordId, teacher);
		signatures.signAsPrincipal(recordId);
		approvals.approveAsPrincipal(recordId, principal);
		signatures.issue(recordId);
		approvals.submit(recordId, clerk);
	}

	@Test
	void theClerkWithdrawsASubmittedRecord() {

		String instanceId = processes.start(recordId, Kind.WITHDRAW, clerk,
				"Nộp nhầm học bạ của học sinh đã chuyển đi.");

		assertThat(state(recordId)).isEqualTo(RecordState.WITHDRAWN);
		assertThat(passed(instanceId)).containsExactly("StartEvent_CorrectionRequested", "Gateway_CorrectionKind",
				"Task_WithdrawRecord", "EndEvent_RecordWithdrawn");
		assertThat(processes.isRunning(recordId)).isFalse();
	}

	@Test
	void aReplacementIsApprovedThroughTheCalledProcessAndSupersedesTheRecord() {

		approvals.markAccepted(recordId);
		String instanceId = processes.start(recordId, Kind.REPLACE, principal, "Sai cân nặng của học sinh.");

		long replacementId = ((Number) runtime.getVariable(instanceId, "replacementId")).longValue();
		String replacementKey = "record-" + replacementId;
		assertThat(state(replacementId)).isEqualTo(RecordState.DRAFT);
		assertThat(task(replacementKey).getTaskDefinitionKey()).isEqualTo("Task_PrepareRecord");
		assertThat(candidateGroups(task(replacementKey))).containsExactly("homeroom-" + classId);
		assertThat(processes.isRunning(recordId)).isTrue();
		assertRefused(() -> processes.start(recordId, Kind.WITHDRAW, clerk, "Rút"),
				"record.correction.alreadyRequested");

		change(replacementId, teacher, record -> record.recordWeight(new java.math.BigDecimal("27.1")));
		approveAndSubmit(replacementKey);
		approvals.markAccepted(replacementId);
		classBooks.registryAnswered(replacementKey, true, null);

		YearRecord old = records.findById(recordId).orElseThrow();
		assertThat(old.getState()).isEqualTo(RecordState.SUPERSEDED);
		assertThat(old.getSupersededById()).isEqualTo(replacementId);
		assertThat(state(replacementId)).isEqualTo(RecordState.ACCEPTED);
		assertThat(records.findByPupilIdAndSchoolYearId(old.getPupilId(), org.yearId)).get()
			.extracting(YearRecord::getId).isEqualTo(replacementId);
		assertThat(passed(instanceId)).contains("Task_StartReplacement", "CallActivity_ApproveReplacement",
				"Task_SupersedeRecord", "EndEvent_RecordReplaced");
		assertThat(processes.isRunning(recordId)).isFalse();
	}

	@Test
	void theDepartmentApprovesARevocationAndTheSchoolReissues() {

		lock();
		String instanceId = processes.start(recordId, Kind.REVOKE, clerk, "Ghi nhầm kết quả môn Toán.");

		assertThat(tasks(key)).isEmpty();
		assertThat(waitsForTheDecision()).isTrue();
		assertThat(state(recordId)).isEqualTo(RecordState.LOCKED);
		decideAtTheRegistry(true, "Đồng ý.");

		assertThat(state(recordId)).isEqualTo(RecordState.REVOKED);
		long draftId = ((Number) runtime.getVariable(instanceId, "replacementId")).longValue();
		assertThat(records.findById(draftId).orElseThrow().getReplacesId()).isEqualTo(recordId);
		assertThat(noticeKeys(clerk)).contains(RevokeRecordDelegate.NOTICE);

		String draftKey = "record-" + draftId;
		approveAndSubmit(draftKey);
		approvals.markAccepted(draftId);
		classBooks.registryAnswered(draftKey, true, null);

		assertThat(state(draftId)).isEqualTo(RecordState.ACCEPTED);
		assertThat(passed(instanceId)).contains("Task_RequestRevocation", "Event_RevocationDecided",
				"Gateway_RevocationDecision", "Task_RevokeRecord", "CallActivity_ApproveReissue",
				"EndEvent_RecordReissued");
		assertThat(processes.isRunning(recordId)).isFalse();
	}

	@Test
	void theDepartmentRefusesARevocationWithAReasonAndTheSchoolIsTold() {

		lock();
		String instanceId = processes.start(recordId, Kind.REVOKE, principal, "Ghi nhầm kết quả môn Toán.");

		Throwable withoutReason = catchThrowable(() -> decideAtTheRegistry(false, null));

		assertThat(ClassRecordBookProcessIT.chain(withoutReason)).anySatisfy(
				cause -> assertThat(cause).isInstanceOf(ApprovalRefused.class));
		assertThat(waitsForTheDecision()).isTrue();
		assertThat(corrections.historyOf(recordId)).singleElement().extracting(RecordCorrection::getStatus)
			.isEqualTo(RecordCorrection.Status.REQUESTED);

		decideAtTheRegistry(false, "Kết quả khớp sổ theo dõi chất lượng giáo dục.");

		assertThat(state(recordId)).isEqualTo(RecordState.LOCKED);
		assertThat(corrections.historyOf(recordId)).singleElement().extracting(RecordCorrection::getStatus)
			.isEqualTo(RecordCorrection.Status.REFUSED);
		assertThat(noticeKeys(clerk)).contains(RefuseRevocationDelegate.NOTICE);
		assertThat(noticeKeys(principal)).contains(RefuseRevocationDelegate.NOTICE);
		assertThat(passed(instanceId)).contains("Task_RefuseRevocation", "EndEvent_RevocationRefused");
		assertThat(processes.isRunning(recordId)).isFalse();
	}

	@Test
	void aRefusedRequestStartsNothing() {

		assertRefused(() -> processes.start(recordId, Kind.WITHDRAW, teacher, "Lý do"), "record.correction.notSchool");
		assertRefused(() -> processes.start(recordId, Kind.WITHDRAW, clerk, " "), "record.approval.reasonRequired");
		assertRefused(() -> processes.start(recordId, Kind.REVOKE, clerk, "Lý do"), "record.correction.notLocked");
		assertRefused(() -> processes.start(recordId, Kind.REPLACE, staffId(org.schoolB.clerk), "Lý do"),
				"record.correction.notSchool");

		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
		assertThat(state(recordId)).isEqualTo(RecordState.SUBMITTED);
	}

	/** The department's decision as its registry publishes it, in the deciding transaction. */
	private void decideAtTheRegistry(boolean approved, String reason) {
		UUID lookupCode = records.findById(recordId).orElseThrow().getLookupCode();
		transaction.executeWithoutResult(status -> events.publishEvent(
				new RevocationDecided(lookupCode, approved, reason, officer)));
	}

	private boolean waitsForTheDecision() {
		return runtime.createExecutionQuery().processInstanceBusinessKey(key)
			.messageEventSubscriptionName("RevocationDecided").count() == 1;
	}

	private void lock() {
		approvals.markAccepted(recordId);
		approvals.lockAccepted(org.schoolA.id, org.yearId);
		assertThat(state(recordId)).isEqualTo(RecordState.LOCKED);
	}

	/** The called recordApprovalProcess, step by step, as its people would complete it. */
	private void approveAndSubmit(String recordKey) {
		assertThat(task(recordKey).getTaskDefinitionKey()).isEqualTo("Task_PrepareRecord");
		complete(task(recordKey), teacher, Map.of());
		signAndComplete(task(recordKey), teacher, Map.of("teacherConfirmed", true));
		signAndComplete(task(recordKey), principal, Map.of("principalDecision", "APPROVE"));
		signAndComplete(task(recordKey), clerk, Map.of("submissionConfirmed", true));
	}

	private List<String> passed(String instanceId) {
		return history.createHistoricActivityInstanceQuery().processInstanceId(instanceId)
			.orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list().stream()
			.map(HistoricActivityInstance::getActivityId)
			.toList();
	}

	private static void assertRefused(Runnable step, String messageKey) {
		Throwable thrown = catchThrowable(step::run);
		assertThat(thrown).isInstanceOf(ApprovalRefused.class);
		assertThat(((ApprovalRefused) thrown).getMessageKey()).isEqualTo(messageKey);
	}

}
