package vn.edu.hocbaso.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.edu.hocbaso.organisation.PersonName;
import vn.edu.hocbaso.record.RecordApprovals;
import vn.edu.hocbaso.record.RecordManagement;
import vn.edu.hocbaso.record.RecordState;
import vn.edu.hocbaso.record.SignedRecord;
import vn.edu.hocbaso.record.YearRecord;
import vn.edu.hocbaso.record.YearRecordRepository;
import vn.edu.hocbaso.system.OwnerDatabase;
import vn.edu.hocbaso.testing.FilledRecords;
import vn.edu.hocbaso.testing.OrganisationFixture;
import vn.edu.hocbaso.workflow.ClassBooks;

/**
 * Batch signing on a fixture school as its people would do it: the homeroom teacher signs her class, the principal
 * the school, the clerk adds the issue signature, and the class record books move on; records that cannot be
 * signed are skipped and listed; a refusal before the start changes nothing; a failure in the middle leaves each
 * record signed or untouched; and the external path runs end to end with the command-line signer.
 */
@SpringBootTest
class BatchSigningIT {

	private static final String PASSWORD = "Mat-khau-2027";

	private static final AtomicInteger IDS = new AtomicInteger((int) (Math.random() * 900_000));

	@Autowired
	BatchSigning batches;

	@Autowired
	CertificateAuthority authority;

	@Autowired
	MessageSource messages;

	@Autowired
	RecordVerification verification;

	@Autowired
	RecordManagement management;

	@Autowired
	RecordApprovals approvals;

	@Autowired
	YearRecordRepository records;

	@Autowired
	ClassBooks classBooks;

	@Autowired
	TaskService taskService;

	@Autowired
	RuntimeService runtime;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OwnerDatabase owner;

	@Autowired
	PasswordEncoder encoder;

	OrganisationFixture org;

	long teacher;

	long principal;

	long clerk;

	@BeforeEach
	void organisation() {
		org = new OrganisationFixture(jdbc, encoder);
		teacher = staffId(org.schoolA.homeroomTeacher);
		principal = staffId(org.schoolA.principal);
		clerk = staffId(org.schoolA.clerk);
	}

	@Test
	void teacherPrincipalAndClerkSignTheSchoolInBatchesAndTheBooksMoveOn() throws Exception {

		long teacher5a = homeroomTeacher(org.schoolA.class5a);
		List<Long> class4a = records(org.schoolA.class4a, teacher, 2, 0);
		List<Long> class5a = records(org.schoolA.class5a, teacher5a, 2, 0);
		prepare(org.schoolA.class4a, teacher);
		prepare(org.schoolA.class5a, teacher5a);
		long teacherCertificate = issue(teacher, CertificateRole.TEACHER);
		long teacher5aCertificate = issue(teacher5a, CertificateRole.TEACHER);
		issue(principal, CertificateRole.PRINCIPAL);
		schoolCertificate();

		BatchProgress byTeacher = batches.run(request(teacher, CertificateRole.TEACHER, BatchRequest.Scope.CLASSES,
				org.schoolA.class4a, teacherCertificate));
		assertThat(byTeacher.state()).isEqualTo(BatchProgress.State.DONE);
		assertThat(byTeacher.signed()).isEqualTo(2);
		assertThat(byTeacher.skipped()).isEmpty();
		assertThat(states(class4a)).containsOnly(RecordState.SIGNED_BY_TEACHER);
		assertThat(classBooks.currentStep(org.schoolA.class4a)).hasValue("Task_ApproveClassAsPrincipal");

		// The second teacher's batch runs in the background; its progress is polled as the page does.
		UUID started = batches.start(request(teacher5a, CertificateRole.TEACHER, BatchRequest.Scope.CLASSES,
				org.schoolA.class5a, teacher5aCertificate));
		BatchProgress background = awaitEnd(started, teacher5a);
		assertThat(background.signed()).isEqualTo(2);
		assertThat(batches.progress(started, teacher)).isEmpty();
		assertThat(classBooks.currentStep(org.schoolA.class5a)).hasValue("Task_ApproveClassAsPrincipal");

		BatchProgress byPrincipal = batches.run(request(principal, CertificateRole.PRINCIPAL,
				BatchRequest.Scope.SCHOOL, org.schoolA.id, null));
		assertThat(byPrincipal.total()).isEqualTo(4);
		assertThat(byPrincipal.signed()).isEqualTo(4);
		assertThat(states(class4a)).containsOnly(RecordState.SIGNED_BY_PRINCIPAL);
		assertThat(classBooks.currentStep(org.schoolA.class4a)).hasValue("Task_IssueAndSubmitClass");
		assertThat(classBooks.currentStep(org.schoolA.class5a)).hasValue("Task_IssueAndSubmitClass");

		BatchProgress byClerk = batches.run(request(clerk, CertificateRole.SCHOOL_ISSUE, BatchRequest.Scope.SCHOOL,
				org.schoolA.id, null));
		assertThat(byClerk.signed()).isEqualTo(4);
		// The clerk's batch sealed each class's transaction; the books sent them and the registry accepted them.
		assertThat(states(class4a)).containsOnly(RecordState.ACCEPTED);
		assertThat(states(class5a)).containsOnly(RecordState.ACCEPTED);
		assertThat(classBooks.currentStep(org.schoolA.class4a)).isEmpty();
		assertThat(classBooks.currentStep(org.schoolA.class5a)).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from registry_record where school_id = ?", Integer.class,
				org.schoolA.id)).isEqualTo(4);

		SignedRecord issued = approvals.signedRecord(class5a.get(1)).orElseThrow();
		VerificationResult result = verification.verify(issued.xml());
		assertThat(result.valid()).as(result.toString()).isTrue();
		assertThat(SigningXmlTests.independentlyValid(issued.xml())).containsExactly("GVCN:true", "CBQL:true",
				"KY_PHAT_HANH:true");
	}

	@Test
	void chosenRecordsAreSignedAndTheirOwnApprovalsMoveOn() {

		long recordId = records(org.schoolA.class4a, teacher, 1, 0).get(0);
		String key = "record-" + recordId;
		runtime.startProcessInstanceByKey("recordApprovalProcess", key, Map.of("recordId", recordId,
				"classId", org.schoolA.class4a, "schoolId", org.schoolA.id, "schoolYearId", org.yearId,
				"departmentId", org.departmentId));
		taskService.complete(openTask(key, "Task_PrepareRecord").getId(), Map.of("actorStaffId", teacher));
		issue(teacher, CertificateRole.TEACHER);
		issue(principal, CertificateRole.PRINCIPAL);
		schoolCertificate();

		batches.run(request(teacher, CertificateRole.TEACHER, BatchRequest.Scope.RECORDS, recordId, null));
		assertThat(openTask(key, "Task_ApproveRecordAsPrincipal").getAssignee()).isNull();
		batches.run(request(principal, CertificateRole.PRINCIPAL, BatchRequest.Scope.RECORDS, recordId, null));
		assertThat(openTask(key, "Task_IssueAndSubmitRecord")).isNotNull();
		BatchProgress issued = batches.run(request(clerk, CertificateRole.SCHOOL_ISSUE, BatchRequest.Scope.RECORDS,
				recordId, null));

		assertThat(issued.signed()).isOne();
		// Sealed for the record's own process, sent by its step and accepted by the registry.
		assertThat(state(recordId)).isEqualTo(RecordState.ACCEPTED);
		assertThat(taskService.createTaskQuery().processInstanceBusinessKey(key).count()).isZero();
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
		assertThat(verification.verify(approvals.signedRecord(recordId).orElseThrow().xml()).valid()).isTrue();
	}

	@Test
	void anIncompleteRecordIsSkippedAndListedWhileTheOthersAreSigned() {

		List<Long> ids = records(org.schoolA.class4a, teacher, 2, 1);
		long certificate = issue(teacher, CertificateRole.TEACHER);

		BatchProgress progress = batches.run(request(teacher, CertificateRole.TEACHER, BatchRequest.Scope.CLASSES,
				org.schoolA.class4a, certificate));

		assertThat(progress.state()).isEqualTo(BatchProgress.State.DONE);
		assertThat(progress.total()).isEqualTo(3);
		assertThat(progress.signed()).isEqualTo(2);
		assertThat(progress.skipped()).singleElement().satisfies(skipped -> {
			assertThat(skipped.recordId()).isEqualTo(ids.get(2));
			assertThat(skipped.pupilName()).isEqualTo("Nguyễn Thị Học Sinh C");
			assertThat(skipped.className()).isEqualTo("4A");
			assertThat(skipped.reasonKey()).isEqualTo("record.signature.incomplete");
			assertThat(skipped.reasonArguments()).containsExactly("Nguyễn Thị Học Sinh C");
		});
		assertThat(states(ids)).containsExactly(RecordState.SIGNED_BY_TEACHER, RecordState.SIGNED_BY_TEACHER,
				RecordState.DRAFT);
		assertThat(approvals.approvalsOf(ids.get(2))).isEmpty();
		assertThat(approvals.signedRecord(ids.get(0))).isPresent();
	}

	@Test
	void aWrongPasswordIsRefusedBeforeAnythingChangesAndThePasswordIsCleared() {

		List<Long> ids = records(org.schoolA.class4a, teacher, 2, 0);
		long certificate = issue(teacher, CertificateRole.TEACHER);
		char[] wrong = "Mat-khau-sai".toCharArray();
		int batchesBefore = batchCount();

		assertRefused(() -> batches.start(new BatchRequest(teacher, CertificateRole.TEACHER,
				BatchRequest.Scope.CLASSES, List.of(org.schoolA.class4a), certificate, wrong)),
				"signing.refused.wrongPassword");

		assertThat(wrong).containsOnly('\0');
		assertThat(batchCount()).isEqualTo(batchesBefore);
		assertThat(states(ids)).containsOnly(RecordState.DRAFT);
		assertThat(approvals.approvalsOf(ids.get(0))).isEmpty();
	}

	@Test
	void refusesARevokedCertificateAnotherPersonsClassAndAnEmptyBatch() {

		List<Long> ids = records(org.schoolA.class4a, teacher, 1, 0);
		long certificate = issue(teacher, CertificateRole.TEACHER);
		long principalCertificate = issue(principal, CertificateRole.PRINCIPAL);
		int batchesBefore = batchCount();

		assertRefused(() -> batches.run(request(principal, CertificateRole.PRINCIPAL, BatchRequest.Scope.CLASSES,
				org.schoolA.class4a, principalCertificate)), "signing.batch.nothingToSign");
		assertRefused(() -> batches.run(request(teacher, CertificateRole.TEACHER, BatchRequest.Scope.CLASSES,
				org.schoolA.class5a, certificate)), "signing.batch.notYourClass");
		assertRefused(() -> batches.run(request(teacher, CertificateRole.TEACHER, BatchRequest.Scope.CLASSES,
				org.schoolB.class4a, certificate)), "signing.batch.notYourClass");
		assertRefused(() -> batches.run(request(principal, CertificateRole.TEACHER, BatchRequest.Scope.CLASSES,
				org.schoolA.class4a, certificate)), "signing.refused.otherPerson");
		assertRefused(() -> batches.run(request(teacher, CertificateRole.SCHOOL_ISSUE, BatchRequest.Scope.SCHOOL,
				org.schoolA.id, null)), "signing.refused.notASigner");

		authority.revoke(certificate, RevocationReason.KEY_COMPROMISE);
		assertRefused(() -> batches.run(request(teacher, CertificateRole.TEACHER, BatchRequest.Scope.CLASSES,
				org.schoolA.class4a, certificate)), "signing.refused.revoked");
		assertRefused(() -> batches.run(request(teacher, CertificateRole.TEACHER, BatchRequest.Scope.CLASSES,
				org.schoolA.class4a, null)), "signing.refused.revoked");

		assertThat(batchCount()).isEqualTo(batchesBefore);
		assertThat(states(ids)).containsOnly(RecordState.DRAFT);
	}

	@Test
	void aFailureInTheMiddleLeavesEachRecordSignedOrUntouched() {

		List<Long> ids = records(org.schoolA.class4a, teacher, 3, 0);
		long certificate = issue(teacher, CertificateRole.TEACHER);
		long failing = ids.get(1);
		// The database fails while the middle record's signature is stored: an unexpected failure, not a refusal.
		String trigger = "batch_failure_" + failing;
		// A trigger is the owner's to add: the application's role may not (V78).
		JdbcTemplate ownerJdbc = new JdbcTemplate(owner.dataSource());
		ownerJdbc.execute("""
				create function %1$s() returns trigger language plpgsql as $$
				begin
					if new.record_id = %2$d then raise exception 'simulated failure'; end if;
					return new;
				end $$;
				create trigger %1$s before insert on record_approval for each row execute function %1$s()"""
			.formatted(trigger, failing));
		BatchProgress progress;
		try {
			progress = batches.run(request(teacher, CertificateRole.TEACHER, BatchRequest.Scope.CLASSES,
					org.schoolA.class4a, certificate));
		}
		finally {
			ownerJdbc.execute("drop trigger %1$s on record_approval; drop function %1$s()".formatted(trigger));
		}

		assertThat(progress.signed()).isEqualTo(2);
		assertThat(progress.skipped()).singleElement().satisfies(skipped -> {
			assertThat(skipped.recordId()).isEqualTo(failing);
			assertThat(skipped.reasonKey()).isEqualTo("signing.batch.failed");
		});
		for (long id : ids) {
			if (id == failing) {
				assertThat(state(id)).isEqualTo(RecordState.DRAFT);
				assertThat(approvals.approvalsOf(id)).isEmpty();
				assertThat(approvals.signedRecord(id)).isEmpty();
			}
			else {
				assertThat(state(id)).isEqualTo(RecordState.SIGNED_BY_TEACHER);
				VerificationResult result = verification.verify(approvals.signedRecord(id).orElseThrow().xml());
				assertThat(result.signatures().get(0).block()).isEqualTo("GVCN");
				assertThat(result.signatures().get(0).valid()).as(result.toString()).isTrue();
			}
		}
	}

	@Test
	void aBatchRunningWhenTheServerStoppedIsMarkedInterruptedWithItsRecordsUntouched() {

		List<Long> ids = records(org.schoolA.class4a, teacher, 1, 0);
		long certificate = issue(teacher, CertificateRole.TEACHER);
		UUID batchId = UUID.randomUUID();
		jdbc.update("""
				insert into signing_batch (id, staff_id, role, certificate_id, external, state, started_at)
				values (?, ?, 'TEACHER', ?, false, 'RUNNING', now() - interval '1 minute')""", batchId, teacher,
				certificate);
		jdbc.update("""
				insert into signing_batch_item (batch_id, position, record_id, class_id, pupil_name, class_name, state)
				values (?, 0, ?, ?, 'Nguyễn Thị Học Sinh A', '4A', 'TO_SIGN')""", batchId, ids.get(0),
				org.schoolA.class4a);

		batches.interruptRunning();

		BatchProgress progress = batches.progress(batchId, teacher).orElseThrow();
		assertThat(progress.state()).isEqualTo(BatchProgress.State.INTERRUPTED);
		assertThat(progress.finishedAt()).isNotNull();
		assertThat(progress.signed()).isZero();
		assertThat(state(ids.get(0))).isEqualTo(RecordState.DRAFT);
	}

	@Test
	void theExternalPathRunsEndToEndWithTheCommandLineSigner(@TempDir Path files) throws Exception {

		List<Long> ids = records(org.schoolA.class4a, teacher, 3, 0);
		byte[] pkcs12 = keyOnTheTeachersToken();
		long imported = jdbc.queryForObject("select id from signing_certificate where staff_id = ?", Long.class,
				teacher);

		BatchProgress waiting = batches.run(new BatchRequest(teacher, CertificateRole.TEACHER,
				BatchRequest.Scope.CLASSES, List.of(org.schoolA.class4a), null, null));
		assertThat(waiting.state()).isEqualTo(BatchProgress.State.WAITING_FOR_SIGNER);
		assertThat(waiting.waiting()).isEqualTo(3);
		assertThat(states(ids)).containsOnly(RecordState.DRAFT);

		byte[] requests = batches.externalRequests(waiting.id(), teacher);
		JsonNode requestList = new ObjectMapper().readTree(requests).get("requests");
		assertThat(requestList).hasSize(3);
		assertThat(new String(requests, StandardCharsets.UTF_8)).doesNotContain("DU_LIEU_HOC_BA");
		assertThatExceptionOfType(SignatureRefused.class)
			.isThrownBy(() -> batches.externalRequests(waiting.id(), principal));

		Path requestsFile = files.resolve("requests.json");
		Path responsesFile = files.resolve("responses.json");
		Path keyFile = files.resolve("teacher.p12");
		Files.write(requestsFile, requests);
		Files.write(keyFile, pkcs12);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = ExternalSignerCommand.run(new String[] { "--pkcs12=" + keyFile, "--password-env=SIGNER_PASSWORD",
				"--requests=" + requestsFile, "--out=" + responsesFile }, Map.of("SIGNER_PASSWORD", PASSWORD),
				new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
		assertThat(exit).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("signed=3");

		// The second answer is truncated, the third is the signature of the first record's digest.
		ObjectNode responses = (ObjectNode) new ObjectMapper().readTree(Files.readAllBytes(responsesFile));
		ArrayNode answers = (ArrayNode) responses.get("responses");
		String firstValue = answers.get(0).get("signature").asText();
		String secondValue = answers.get(1).get("signature").asText();
		((ObjectNode) answers.get(1)).put("signature", secondValue.substring(0, secondValue.length() / 2));
		((ObjectNode) answers.get(2)).put("signature", firstValue);

		assertRefused(() -> batches.completeExternal(waiting.id(), teacher, "{ not json".getBytes()),
				"signing.batch.badResponses");
		assertThat(states(ids)).containsOnly(RecordState.DRAFT);

		// Answers signed with another certificate are refused as a whole: the batch keeps waiting for the right one.
		assertRefused(() -> batches.completeExternal(waiting.id(), teacher, signedElsewhere(waiting.id(),
				requestList)), "signing.batch.otherCertificate");
		assertThat(batches.progress(waiting.id(), teacher).orElseThrow())
			.extracting(BatchProgress::state, BatchProgress::waiting, progress -> progress.skipped().size())
			.containsExactly(BatchProgress.State.WAITING_FOR_SIGNER, 3, 0);
		assertThat(states(ids)).containsOnly(RecordState.DRAFT);

		BatchProgress done = batches.completeExternal(waiting.id(), teacher, new ObjectMapper().writeValueAsBytes(
				responses));

		assertThat(done.state()).isEqualTo(BatchProgress.State.DONE);
		assertThat(done.signed()).isEqualTo(1);
		assertThat(done.waiting()).isZero();
		assertThat(done.skipped())
			.extracting(BatchProgress.SkippedRecord::recordId, BatchProgress.SkippedRecord::reasonKey)
			.containsExactly(tuple(ids.get(1), "signing.refused.signatureValue"),
					tuple(ids.get(2), "signing.refused.signatureMismatch"));
		assertThat(states(ids)).containsExactly(RecordState.SIGNED_BY_TEACHER, RecordState.DRAFT, RecordState.DRAFT);

		SignedRecord signed = approvals.signedRecord(ids.get(0)).orElseThrow();
		assertThat(signed.certificateId()).isEqualTo(imported);
		VerificationResult result = verification.verify(signed.xml());
		assertThat(result.signatures().get(0).block()).isEqualTo("GVCN");
		assertThat(result.signatures().get(0).valid()).as(result.toString()).isTrue();
		assertRefused(() -> batches.completeExternal(waiting.id(), teacher, new ObjectMapper().writeValueAsBytes(
				responses)), "signing.batch.notWaiting");
	}

	/** The responses a signer holding another certificate (of another authority) would give. */
	private static byte[] signedElsewhere(UUID batchId, JsonNode requestList) throws Exception {

		TestPki.Signer other = new TestPki(KeyType.EC_P256).teacher();
		String certificate = Base64.getEncoder().encodeToString(other.certificate().getEncoded());
		List<ExternalBatchFiles.Response> answers = new ArrayList<>();
		for (JsonNode request : requestList) {
			byte[] value = DigestSigning.signDigest(other.keys().getPrivate(),
					Base64.getDecoder().decode(request.get("digest").asText()));
			answers.add(new ExternalBatchFiles.Response(UUID.fromString(request.get("id").asText()),
					Base64.getEncoder().encodeToString(value), certificate));
		}
		return ExternalBatchFiles.write(new ExternalBatchFiles.Responses(batchId, answers));
	}

	@Test
	void aSkippedRecordsStateIsNamedByItsLabel() {

		List<Long> ids = records(org.schoolA.class4a, teacher, 1, 0);
		issue(teacher, CertificateRole.TEACHER);
		batches.run(new BatchRequest(teacher, CertificateRole.TEACHER, BatchRequest.Scope.RECORDS, ids, null,
				PASSWORD.toCharArray()));

		// A second batch for the same record (a double click): the record is no longer at this step.
		BatchProgress again = batches.run(new BatchRequest(teacher, CertificateRole.TEACHER,
				BatchRequest.Scope.RECORDS, ids, null, PASSWORD.toCharArray()));

		BatchProgress.SkippedRecord skipped = again.skipped().get(0);
		assertThat(skipped.reasonArguments()).contains("SIGNED_BY_TEACHER");
		assertThat(messages.getMessage(skipped.reasonKey(), skipped.reasonParameters(), Locale.forLanguageTag("vi")))
			.contains("\"Giáo viên chủ nhiệm đã ký\"").doesNotContain("SIGNED_BY_TEACHER");
		assertThat(messages.getMessage(skipped.reasonKey(), skipped.reasonParameters(), Locale.ENGLISH))
			.contains("Signed by the homeroom teacher").doesNotContain("SIGNED_BY_TEACHER");
	}

	@Test
	void anExternalRequestThatExpiredSkipsItsRecord() throws Exception {

		List<Long> ids = records(org.schoolA.class4a, teacher, 1, 0);
		keyOnTheTeachersToken();
		BatchProgress waiting = batches.run(new BatchRequest(teacher, CertificateRole.TEACHER,
				BatchRequest.Scope.CLASSES, List.of(org.schoolA.class4a), null, null));
		jdbc.update("""
				update signing_pending set expires_at = now() - interval '1 minute'
				where id = (select pending_id from signing_batch_item where batch_id = ?)""", waiting.id());

		assertRefused(() -> batches.externalRequests(waiting.id(), teacher), "signing.batch.notWaiting");

		BatchProgress done = batches.progress(waiting.id(), teacher).orElseThrow();
		assertThat(done.state()).isEqualTo(BatchProgress.State.DONE);
		assertThat(done.skipped()).extracting(BatchProgress.SkippedRecord::reasonKey)
			.containsExactly("signing.refused.noPendingSignature");
		assertThat(state(ids.get(0))).isEqualTo(RecordState.DRAFT);
	}

	/**
	 * The teacher's key lives on her token: the server holds only the public part of her certificate (issued here
	 * for the test, its key store taken away, the public part imported). Answers the token's PKCS#12.
	 */
	private byte[] keyOnTheTeachersToken() throws Exception {
		SigningCertificate issued = authority.issueForStaff(teacher, CertificateRole.TEACHER, PASSWORD.toCharArray());
		byte[] pkcs12 = authority.holderPkcs12(issued.getId());
		byte[] publicPart = issued.certificate().getEncoded();
		jdbc.update("delete from signing_keystore where certificate_id = ?", issued.getId());
		jdbc.update("delete from signing_certificate where id = ?", issued.getId());
		authority.importCertificate(teacher, org.schoolA.id, CertificateRole.TEACHER, publicPart);
		return pkcs12;
	}

	private BatchRequest request(long staffId, CertificateRole role, BatchRequest.Scope scope, long id,
			Long certificateId) {
		return new BatchRequest(staffId, role, scope, List.of(id), certificateId, PASSWORD.toCharArray());
	}

	private Task openTask(String businessKey, String taskKey) {
		Task task = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).active().singleResult();
		assertThat(task.getTaskDefinitionKey()).isEqualTo(taskKey);
		return task;
	}

	private BatchProgress awaitEnd(UUID batchId, long staffId) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofMinutes(2));
		while (Instant.now().isBefore(until)) {
			BatchProgress progress = batches.progress(batchId, staffId).orElseThrow();
			if (progress.state() != BatchProgress.State.RUNNING) {
				return progress;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("Batch " + batchId + " still running");
	}

	private long issue(long staffId, CertificateRole role) {
		return authority.issueForStaff(staffId, role, PASSWORD.toCharArray()).getId();
	}

	private void schoolCertificate() {
		SigningCertificate school = authority.requestSchoolCertificate(org.schoolA.id, PASSWORD.toCharArray());
		authority.approveRegistration(school.getId());
	}

	/** Adds pupils to the class and opens their records: the first complete ones, the rest only half filled. */
	private List<Long> records(long classId, long teacherId, int complete, int incomplete) {

		for (int i = 0; i < complete + incomplete; i++) {
			org.pupil(classId, "Nguyễn Thị Học Sinh " + (char) ('A' + i));
		}
		List<YearRecord> opened = management.openClass(classId, teacherId);
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < opened.size(); i++) {
			YearRecord record = opened.get(i);
			boolean completeOne = i < complete;
			YearRecord changed = management.change(record.getId(), record.getVersion(), teacherId,
					completeOne ? FilledRecords::completing : FilledRecords::subjectsOnly);
			if (completeOne) {
				management.markComplete(changed.getId(), changed.getVersion(), teacherId);
			}
			ids.add(record.getId());
		}
		return ids;
	}

	/** Completes the class's preparation task, so that the book waits for the homeroom teacher's signatures. */
	private void prepare(long classId, long teacherId) {
		classBooks.open(classId);
		Task task = taskService.createTaskQuery().processInstanceBusinessKey("class-" + classId).singleResult();
		assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_PrepareClass");
		taskService.complete(task.getId(), Map.of("actorStaffId", teacherId));
		assertThat(classBooks.currentStep(classId)).hasValue("Task_ApproveClassAsTeacher");
	}

	/** A homeroom teacher for a class of the fixture school, with a login and a personal ID. */
	private long homeroomTeacher(long classId) {
		String name = "Giáo viên Chủ nhiệm " + org.tag;
		long staffId = jdbc.queryForObject("""
				insert into staff (department_id, school_id, full_name, search_name, sex, personal_id)
				values (?, ?, ?, ?, 'F', ?) returning id""", Long.class, org.departmentId, org.schoolA.id, name,
				PersonName.searchKey(name), "0012%08d".formatted(IDS.incrementAndGet() % 100_000_000));
		jdbc.update("""
				insert into staff_role (staff_id, role, school_id, class_id) values (?, 'HOMEROOM_TEACHER', ?, ?)""",
				staffId, org.schoolA.id, classId);
		jdbc.update("insert into account (username, password_hash, staff_id) values (?, 'x', ?)",
				"gvcn5a." + org.tag, staffId);
		return staffId;
	}

	private long staffId(String username) {
		return jdbc.queryForObject("select staff_id from account where username = ?", Long.class, username);
	}

	private RecordState state(long recordId) {
		return records.findById(recordId).orElseThrow().getState();
	}

	private List<RecordState> states(List<Long> ids) {
		return ids.stream().map(this::state).toList();
	}

	private int batchCount() {
		return jdbc.queryForObject("select count(*) from signing_batch", Integer.class);
	}

	private static void assertRefused(ThrowingCallable call, String key) {
		assertThatExceptionOfType(SignatureRefused.class).isThrownBy(call)
			.satisfies(refused -> assertThat(refused.getMessageKey()).isEqualTo(key));
	}

}
