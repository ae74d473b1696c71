package vn.edu.hocbaso.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.edu.hocbaso.record.RecordState;
import vn.edu.hocbaso.record.SignedRecord;
import vn.edu.hocbaso.record.RecordApprovals;
import vn.edu.hocbaso.record.YearRecordRepository;
import vn.edu.hocbaso.registry.RecordList;
import vn.edu.hocbaso.testing.TestSignatures;
import vn.edu.hocbaso.workflow.ClassBooks;

/**
 * The school's submission on the real engine and the embedded registry: the clerk's batch of issue signatures
 * seals the class's transaction, the book's step sends it, the registry's answer moves the book on; a rejected
 * record sends the book back to preparation with the reason; a registry that fails keeps the transaction for the
 * sender, which sends it later.
 */
@SpringBootTest
class SubmissionIT {

	@Autowired
	SubmittingSchool school;

	@Autowired
	RegistrySubmissions submissions;

	@Autowired
	ClassSubmissions classSubmissions;

	@Autowired
	TestSignatures signatures;

	@Autowired
	RecordApprovals approvals;

	@Autowired
	YearRecordRepository records;

	@Autowired
	ClassBooks classBooks;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RegistryFailures failures;

	@Test
	void theClerksBatchSendsTheClassAndTheRegistryKeepsItsRecordsByteForByte() throws Exception {

		SubmittingSchool.Walk walk = school.walk().signedByPrincipal(2);

		walk.clerkSigns();

		assertThat(states(walk.recordIds)).containsOnly(RecordState.ACCEPTED);
		assertThat(classBooks.currentStep(walk.classId)).as("the book ended accepted").isEmpty();
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(walk.book()).count()).isZero();
		for (long recordId : walk.recordIds) {
			SignedRecord issued = approvals.signedRecord(recordId).orElseThrow();
			byte[] expected = RecordList.withoutDeclaration(issued.xml());
			Map<String, Object> stored = jdbc.queryForMap("""
					select xml, sha256, status from registry_record where lookup_code = ?""",
					records.findById(recordId).orElseThrow().getLookupCode());
			assertThat((byte[]) stored.get("xml")).isEqualTo(expected);
			assertThat(stored.get("sha256")).isEqualTo(sha256(expected));
			assertThat(stored.get("status")).isEqualTo("ACCEPTED");
		}

		List<Submission> outbox = submissions.ofClass(walk.classId);
		assertThat(outbox).singleElement().satisfies(sent -> {
			assertThat(sent.state()).isEqualTo(SubmissionState.ANSWERED);
			assertThat(sent.type()).isEqualTo(1);
			assertThat(sent.attempts()).isOne();
			assertThat(sent.businessKey()).isEqualTo(walk.book());
			assertThat(sent.correlatedAt()).isNotNull();
			assertThat(sent.acceptedCount()).isEqualTo(2);
			assertThat(sent.rejectedCount()).isZero();
		});
		assertThat(jdbc.queryForObject("select response from registry_transaction where message_id = ?",
				String.class, outbox.get(0).messageId())).contains("\"trang_thai\":1");
	}

	@Test
	void aRecordTheRegistryRejectsSendsTheBookBackToPreparationWithTheReason() {

		SubmittingSchool.Walk walk = school.walk().signedByPrincipal(2);
		// The registry knows the second pupil under another pupil code now: the signed record names the old one.
		jdbc.update("update pupil set ministry_code = ministry_code || 'X' where id = ?", walk.pupilIds.get(1));

		walk.clerkSigns();

		assertThat(state(walk.recordIds.get(0))).isEqualTo(RecordState.ACCEPTED);
		assertThat(state(walk.recordIds.get(1))).isEqualTo(RecordState.REJECTED);
		assertThat(records.findById(walk.recordIds.get(1)).orElseThrow().getRejectionReasons()).isNotBlank();
		assertThat(classBooks.currentStep(walk.classId)).hasValue("Task_PrepareClass");
		Task preparation = tasks.createTaskQuery().processInstanceBusinessKey(walk.book()).singleResult();
		assertThat((String) runtime.getVariable(preparation.getExecutionId(), "rejectionReasons"))
			.startsWith("Nguyễn Văn Nộp B: ");
		assertThat(submissions.ofClass(walk.classId)).singleElement().satisfies(sent -> {
			assertThat(sent.acceptedCount()).isOne();
			assertThat(sent.rejectedCount()).isOne();
		});
		ClassSubmissions.View page = classSubmissions.of(walk.classId);
		assertThat(page.state()).isEqualTo(ClassSubmissions.State.ANSWERED);
		assertThat(page.accepted()).isOne();
		assertThat(page.rejections()).singleElement().satisfies(rejected -> {
			assertThat(rejected.pupilName()).isEqualTo("Nguyễn Văn Nộp B");
			assertThat(rejected.reason()).isNotBlank();
		});
	}

	@Test
	void aClassIssuedWithoutASealedTransactionWaitsIssuedButNotSent() {

		// Signed record by record outside a batch, as with an issue key elsewhere: nothing could seal a transaction.
		SubmittingSchool.Walk walk = school.walk().prepared(1);
		signatures.signAndIssueClass(walk.classId);

		assertThat(classSubmissions.of(walk.classId).state()).isEqualTo(ClassSubmissions.State.NOT_SEALED);
		assertThat(submissions.isSealed(walk.classId)).isFalse();
		assertThat(submissions.ofClass(walk.classId)).isEmpty();
	}

	@Test
	void aTransactionTheRegistryDidNotReceiveIsKeptAndTheSenderSendsItLater() {

		SubmittingSchool.Walk walk = school.walk().signedByPrincipal(1);
		try (RegistryFailures.Failure down = failures.registryDown(walk.org.schoolA.id)) {
			walk.clerkSigns();

			assertThat(submissions.ofClass(walk.classId)).singleElement().satisfies(kept -> {
				assertThat(kept.state()).isEqualTo(SubmissionState.PREPARED);
				assertThat(kept.attempts()).isOne();
				assertThat(kept.lastError()).contains("registry down");
			});
			assertThat(states(walk.recordIds)).containsOnly(RecordState.SUBMITTED);
			assertThat(classBooks.currentStep(walk.classId)).hasValue("Event_RegistryAnswer");
			submissions.retry();
			assertThat(submissions.ofClass(walk.classId).get(0).attempts()).isEqualTo(2);
		}

		submissions.retry();

		assertThat(submissions.ofClass(walk.classId)).singleElement().satisfies(sent -> {
			assertThat(sent.state()).isEqualTo(SubmissionState.ANSWERED);
			assertThat(sent.attempts()).isEqualTo(3);
			assertThat(sent.correlatedAt()).isNotNull();
		});
		assertThat(states(walk.recordIds)).containsOnly(RecordState.ACCEPTED);
		assertThat(classBooks.currentStep(walk.classId)).isEmpty();
	}

	@Test
	void aTransactionTheRegistryRefusesAsAWholeRejectsItsRecordsAndReturnsTheBook() {

		SubmittingSchool.Walk walk = school.walk().signedByPrincipal(1);
		try (RegistryFailures.Failure down = failures.registryDown(walk.org.schoolA.id)) {
			walk.clerkSigns();
		}
		// Sealed under the school's code; by the time the sender tries again the department knows another one.
		jdbc.update("update school set ministry_code = ministry_code || 'X' where id = ?", walk.org.schoolA.id);

		submissions.retry();

		assertThat(submissions.ofClass(walk.classId)).singleElement().satisfies(refused -> {
			assertThat(refused.state()).isEqualTo(SubmissionState.FAILED);
			assertThat(refused.lastError()).startsWith("UNKNOWN_SCHOOL");
			assertThat(refused.rejectedCount()).isOne();
		});
		assertThat(states(walk.recordIds)).containsOnly(RecordState.REJECTED);
		assertThat(classBooks.currentStep(walk.classId)).hasValue("Task_PrepareClass");
		assertThat(classSubmissions.of(walk.classId).state()).isEqualTo(ClassSubmissions.State.REFUSED);
	}

	@Test
	void anAnswerTheBookWasNotToldOfIsToldByTheSender() {

		SubmittingSchool.Walk walk = school.walk().signedByPrincipal(1);
		// The answer is stored, then telling the book fails (as if the server stopped between the two).
		try (RegistryFailures.Failure stopped = failures.tellingFails(walk.org.schoolA.id)) {
			walk.clerkSigns();

			assertThat(states(walk.recordIds)).containsOnly(RecordState.ACCEPTED);
			assertThat(classBooks.currentStep(walk.classId)).hasValue("Event_RegistryAnswer");
			assertThat(submissions.ofClass(walk.classId).get(0).correlatedAt()).isNull();
		}

		submissions.retry();

		assertThat(classBooks.currentStep(walk.classId)).isEmpty();
		assertThat(submissions.ofClass(walk.classId).get(0).correlatedAt()).isNotNull();
	}



	private RecordState state(long recordId) {
		return records.findById(recordId).orElseThrow().getState();
	}

	private List<RecordState> states(List<Long> ids) {
		return ids.stream().map(this::state).toList();
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
