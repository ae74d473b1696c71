package vn.edu.hocbaso.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.hocbaso.testing.PageForms.form;

import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.edu.hocbaso.record.RecordApprovals;
import vn.edu.hocbaso.record.RecordState;
import vn.edu.hocbaso.record.YearRecord;
import vn.edu.hocbaso.record.YearRecordRepository;
import vn.edu.hocbaso.registry.RegistryRevocations;
import vn.edu.hocbaso.registry.TransparencyLog;
import vn.edu.hocbaso.testing.OrganisationFixture;
import vn.edu.hocbaso.testing.PageForms;
import vn.edu.hocbaso.testing.TestSignatures;
import vn.edu.hocbaso.testing.WebClient;
import vn.edu.hocbaso.testing.WebIntegrationTest;

/**
 * Corrections of records the registry holds, through the correction page as the school's clerk uses it: a
 * withdrawal and a revocation request are sealed with her issue key (her key password asked; a wrong one stores
 * and sends nothing), the department decides the revocation at its registry and the school's process moves on;
 * a replacement goes through the approvals and the registry supersedes the old record, unless the close-off
 * locked the record meanwhile: then the replacement stops and a revocation request is offered. A request the
 * registry did not receive or refused (at once or on the sender's resend) is said so, and a refused one ends.
 */
@WebIntegrationTest
class SubmissionCorrectionIT {

	/** One character outside the Basic Multilingual Plane: two UTF-16 units, one code point. */
	private static final String EMOJI = "\uD83D\uDE00";

	@LocalServerPort
	int port;

	@Autowired
	SubmittingSchool school;

	@Autowired
	RegistrySubmissions submissions;

	@Autowired
	RegistryRevocations revocations;

	@Autowired
	TransparencyLog log;

	@Autowired
	RecordApprovals approvals;

	@Autowired
	YearRecordRepository records;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestSignatures signatures;

	@Autowired
	RegistryFailures failures;

	@Test
	void aWithdrawalWithAWrongKeyPasswordIsRefusedThenTheRegistryWithdrawsTheRecord() {

		SubmittingSchool.Walk walk = school.walk().signedByPrincipal(1);
		walk.clerkSigns();
		long recordId = walk.recordIds.get(0);
		WebClient clerk = login(walk.org.schoolA.clerk);
		assertThat(clerk.get(path(recordId)).body()).contains("id=\"key-password\"");

		HttpResponse<String> wrong = PageForms.post(clerk, path(recordId), form("kind", "WITHDRAW", "reason",
				"Học sinh đã chuyển trường.", "keyPassword", "Mat-khau-sai"));

		assertThat(wrong.body()).contains("id=\"refusal\"", "Mật khẩu khóa không đúng.", "Học sinh đã chuyển trường.");
		assertThat(wrong.body()).as("the kind chosen stays chosen")
			.containsPattern("id=\"kind-WITHDRAW\"[^>]*checked")
			.doesNotContainPattern("id=\"kind-REPLACE\"[^>]*checked");
		assertThat(state(recordId)).isEqualTo(RecordState.ACCEPTED);
		assertThat(registryStatus(recordId)).isEqualTo("ACCEPTED");
		assertThat(corrections(walk)).isZero();

		HttpResponse<String> byPrincipal = PageForms.post(login(walk.org.schoolA.principal), path(recordId),
				form("kind", "WITHDRAW", "reason", "Học sinh đã chuyển trường.", "keyPassword",
						SubmittingSchool.PASSWORD));
		assertThat(byPrincipal.body()).as("only the clerk holds the issue key").contains("id=\"refusal\"");
		assertThat(corrections(walk)).isZero();

		HttpResponse<String> done = PageForms.post(clerk, path(recordId), form("kind", "WITHDRAW", "reason",
				"Học sinh đã chuyển trường.", "keyPassword", SubmittingSchool.PASSWORD));

		assertThat(done.body()).contains("Đã rút lại học bạ.");
		assertThat(state(recordId)).isEqualTo(RecordState.WITHDRAWN);
		assertThat(registryStatus(recordId)).isEqualTo("WITHDRAWN");
		assertThat(submissions.ofSchool(walk.org.schoolA.id, 10)).first().satisfies(sent -> {
			assertThat(sent.type()).isEqualTo(5);
			assertThat(sent.function()).isEqualTo("RUT");
			assertThat(sent.state()).isEqualTo(SubmissionState.ANSWERED);
			assertThat(sent.acceptedCount()).isOne();
		});
		assertThat(clerk.get("/submissions").body()).contains("Rút 1 học bạ", "Nộp 1 học bạ", "Nhận 1, từ chối 0");
		assertThat(clerk.get("/submissions?lang=en").body()).contains("Transactions to the department",
				"Withdraw 1 record<", "Submit 1 record<", "Accepted 1, rejected 0");
		assertThat(login(walk.org.schoolA.homeroomTeacher).get("/submissions").statusCode()).isEqualTo(403);
		theClassPagesCountTheWithdrawnRecord(clerk, walk.classId);
	}

	/**
	 * The withdrawn record is no pupil's record any more, yet the class's pages still account for it (the clerk
	 * chose English above: each page asks for its language).
	 */
	private static void theClassPagesCountTheWithdrawnRecord(WebClient clerk, long classId) {
		assertThat(clerk.get("/classes/" + classId + "?lang=vi").body())
			.containsPattern("data-state=\"WITHDRAWN\"[^>]*>1 đã rút<");
		assertThat(clerk.get("/classes/" + classId + "?lang=en").body())
			.containsPattern("data-state=\"WITHDRAWN\"[^>]*>1 withdrawn<");
		assertThat(clerk.get("/signing/classes/" + classId + "?lang=vi").body()).contains("id=\"signing-withdrawn\"",
				"1 học bạ đã rút lại khỏi Sở: không tính ở trên và không ký lại.");
		assertThat(clerk.get("/signing/classes/" + classId + "?lang=en").body())
			.contains("1 record was withdrawn from the department: not counted above and not signed again.");
	}

	@Test
	void theDepartmentApprovesARevocationAtItsRegistryAndTheSchoolsProcessMovesOn() {

		SubmittingSchool.Walk walk = school.walk().signedByPrincipal(1);
		long recordId = lockedRecordOf(walk);
		assertThat(registryStatus(recordId)).isEqualTo("LOCKED");

		HttpResponse<String> requested = PageForms.post(login(walk.org.schoolA.clerk), path(recordId),
				form("kind", "REVOKE", "reason", "Ghi nhầm kết quả môn Toán.", "keyPassword",
						SubmittingSchool.PASSWORD));

		assertThat(requested.body()).contains("Đã gửi đề nghị thu hồi lên Sở.");
		String key = "record-" + recordId;
		assertThat(runtime.createExecutionQuery().processInstanceBusinessKey(key)
			.messageEventSubscriptionName("RevocationDecided").count()).isOne();
		assertThat(submissions.ofSchool(walk.org.schoolA.id, 1)).singleElement()
			.satisfies(sent -> assertThat(sent.state()).isEqualTo(SubmissionState.SENT));

		revocations.decide(lookupCode(recordId), true, "Đồng ý thu hồi.", walk.org.staffId(walk.org.officer));

		assertThat(state(recordId)).isEqualTo(RecordState.REVOKED);
		assertThat(registryStatus(recordId)).isEqualTo("REVOKED");
		Task reissue = tasks.createTaskQuery().processDefinitionKey("recordApprovalProcess")
			.processInstanceBusinessKeyLike("record-%").active().list().stream()
			.filter(task -> replacesOf(task).equals(recordId))
			.findFirst()
			.orElseThrow();
		assertThat(reissue.getTaskDefinitionKey()).isEqualTo("Task_PrepareRecord");
		assertThat(submissions.ofSchool(walk.org.schoolA.id, 1)).singleElement()
			.satisfies(sent -> assertThat(sent.state()).isEqualTo(SubmissionState.ANSWERED));
	}

	@Test
	void theDepartmentRefusesARevocationAtItsRegistryAndTheRecordStaysLocked() {

		SubmittingSchool.Walk walk = school.walk().signedByPrincipal(1);
		long recordId = lockedRecordOf(walk);
		PageForms.post(login(walk.org.schoolA.clerk), path(recordId), form("kind", "REVOKE", "reason",
				"Ghi nhầm kết quả môn Toán.", "keyPassword", SubmittingSchool.PASSWORD));

		revocations.decide(lookupCode(recordId), false, "Kết quả khớp sổ theo dõi.",
				walk.org.staffId(walk.org.officer));

		assertThat(state(recordId)).isEqualTo(RecordState.LOCKED);
		assertThat(registryStatus(recordId)).isEqualTo("LOCKED");
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("record-" + recordId).count())
			.as("the correction ended with the refusal").isZero();
		assertThat(submissions.ofSchool(walk.org.schoolA.id, 1)).singleElement().satisfies(sent -> {
			assertThat(sent.state()).isEqualTo(SubmissionState.ANSWERED);
			assertThat(sent.records().get(0).accepted()).isFalse();
			assertThat(sent.records().get(0).reason()).isEqualTo("Kết quả khớp sổ theo dõi.");
		});
	}

	@Test
	void aReplacementIsAcceptedByTheRegistryWhichSupersedesTheOldRecord() {

		SubmittingSchool.Walk walk = school.walk().signedByPrincipal(1);
		walk.clerkSigns();
		long recordId = walk.recordIds.get(0);

		HttpResponse<String> started = PageForms.post(login(walk.org.schoolA.principal), path(recordId),
				form("kind", "REPLACE", "reason", "Sai cân nặng của học sinh."));
		assertThat(started.body()).contains("Đã tạo học bạ thay thế");
		long replacementId = jdbc.queryForObject("select id from year_record where replaces_id = ?", Long.class,
				recordId);
		Task preparation = tasks.createTaskQuery().processInstanceBusinessKey("record-" + replacementId)
			.singleResult();
		tasks.complete(preparation.getId(), Map.of("actorStaffId", walk.teacher));

		walk.signRecordThrough(replacementId);

		assertThat(state(replacementId)).isEqualTo(RecordState.ACCEPTED);
		assertThat(state(recordId)).isEqualTo(RecordState.SUPERSEDED);
		assertThat(jdbc.queryForMap("select status, superseded_by from registry_record where lookup_code = ?",
				lookupCode(recordId))).containsEntry("status", "SUPERSEDED")
			.containsEntry("superseded_by", lookupCode(replacementId));
		assertThat(new String(approvals.signedRecord(replacementId).orElseThrow().xml()))
			.contains("<MA_TRA_CUU_UUID_THAY_THE>" + lookupCode(recordId) + "</MA_TRA_CUU_UUID_THAY_THE>");
	}

	@Test
	void theClassPageSaysAClassIssuedWithoutASealedTransactionWasNotSent() {

		// Signed record by record outside a batch, as with an issue key elsewhere: nothing could seal a transaction.
		SubmittingSchool.Walk walk = school.walk().prepared(1);
		signatures.signAndIssueClass(walk.classId);
		WebClient clerk = login(walk.org.schoolA.clerk);

		assertThat(clerk.get("/classes/" + walk.classId).body()).contains("data-state=\"NOT_SEALED\"",
				"đã phát hành, chưa gửi");
		assertThat(clerk.get("/classes/" + walk.classId + "?lang=en").body()).contains("issued, not sent");
	}

	@Test
	void aReplacementStartedBeforeTheCloseOffEndsWhenTheRegistryAnswersTheRecordIsLockedAndARevocationIsOffered() {

		SubmittingSchool.Walk walk = school.walk().signedByPrincipal(1);
		walk.clerkSigns();
		long recordId = walk.recordIds.get(0);
		WebClient clerk = login(walk.org.schoolA.clerk);
		HttpResponse<String> started = PageForms.post(clerk, path(recordId), form("kind", "REPLACE", "reason",
				"Sai cân nặng của học sinh."));
		assertThat(started.body()).contains("Đã tạo học bạ thay thế");
		long replacementId = jdbc.queryForObject("select id from year_record where replaces_id = ?", Long.class,
				recordId);
		Task preparation = tasks.createTaskQuery().processInstanceBusinessKey("record-" + replacementId)
			.singleResult();
		tasks.complete(preparation.getId(), Map.of("actorStaffId", walk.teacher));
		// The close-off timer fires while the replacement is being approved.
		approvals.lockAccepted(walk.org.schoolA.id, walk.org.yearId);
		log.lock(walk.org.schoolA.id, walk.org.yearId);

		walk.signRecordThrough(replacementId);

		assertThat(submissions.ofSchool(walk.org.schoolA.id, 1)).singleElement()
			.satisfies(sent -> assertThat(sent.records().get(0).reason()).contains("THU_HOI"));
		assertThat(tasks.createTaskQuery().processInstanceBusinessKey("record-" + replacementId).count())
			.as("no new round of preparation").isZero();
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("record-" + replacementId).count())
			.isZero();
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("record-" + recordId).count())
			.as("the correction ended").isZero();
		assertThat(state(replacementId)).as("the unsent replacement is discarded").isEqualTo(RecordState.WITHDRAWN);
		assertThat(state(recordId)).isEqualTo(RecordState.LOCKED);
		String page = clerk.get(path(recordId)).body();
		assertThat(page).contains("id=\"stopped-request\"", "đã khoá sổ", "đề nghị Sở thu hồi (THU_HOI)",
				"id=\"kind-REVOKE\"").doesNotContain("đang được xử lí");
		assertThat(clerk.get("/").body()).contains("đã khoá sổ trước khi Sở nhận bản thay thế");
		assertThat(clerk.get(path(recordId) + "?lang=en").body()).contains("The replacement has stopped");

		HttpResponse<String> requested = PageForms.post(clerk, path(recordId) + "?lang=vi", form("kind", "REVOKE",
				"reason", "Sai cân nặng của học sinh.", "keyPassword", SubmittingSchool.PASSWORD));

		assertThat(requested.body()).contains("đang chờ Sở quyết định");
		revocations.decide(lookupCode(recordId), true, "Đồng ý thu hồi.", walk.org.staffId(walk.org.officer));
		assertThat(state(recordId)).isEqualTo(RecordState.REVOKED);
	}

	@Test
	void aRevocationRequestTheRegistryDidNotReceiveSaysSoAndItsRefusalOnTheResendEndsTheCorrection() {

		SubmittingSchool.Walk walk = school.walk().signedByPrincipal(1);
		long recordId = lockedRecordOf(walk);
		WebClient clerk = login(walk.org.schoolA.clerk);
		HttpResponse<String> requested;
		try (RegistryFailures.Failure down = failures.registryDown(walk.org.schoolA.id)) {
			requested = PageForms.post(clerk, path(recordId), form("kind", "REVOKE", "reason",
					"Ghi nhầm kết quả môn Toán.", "keyPassword", SubmittingSchool.PASSWORD));
		}

		assertThat(requested.body()).contains("chưa gửi được lên Sở", "tự động gửi lại")
			.doesNotContain("Đã gửi đề nghị thu hồi lên Sở.");
		assertThat(submissions.ofSchool(walk.org.schoolA.id, 1)).singleElement()
			.satisfies(kept -> assertThat(kept.state()).isEqualTo(SubmissionState.PREPARED));
		// Sealed under the school's code; by the time the sender tries again the department knows another one.
		jdbc.update("update school set ministry_code = ministry_code || 'X' where id = ?", walk.org.schoolA.id);

		submissions.retry();

		assertThat(submissions.ofSchool(walk.org.schoolA.id, 1)).singleElement().satisfies(refused -> {
			assertThat(refused.state()).isEqualTo(SubmissionState.FAILED);
			assertThat(refused.lastError()).startsWith("UNKNOWN_SCHOOL");
			assertThat(refused.correlatedAt()).isNotNull();
		});
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("record-" + recordId).count())
			.as("the correction ended with the refusal").isZero();
		assertThat(state(recordId)).isEqualTo(RecordState.LOCKED);
		assertThat(clerk.get(path(recordId)).body()).contains("id=\"stopped-request\"",
				"Đề nghị thu hồi trước đã kết thúc", "id=\"kind-REVOKE\"").doesNotContain("đang được xử lí");
		assertThat(clerk.get("/").body()).contains("Sở không nhận đề nghị thu hồi học bạ");
	}

	@Test
	void aRevocationRequestTheRegistryRefusesAtOnceEndsTheCorrectionAndThePageSaysWhy() {

		SubmittingSchool.Walk walk = school.walk().signedByPrincipal(1);
		long recordId = lockedRecordOf(walk);
		// The registry holds the record as revoked already (decided there some other way): it refuses the item.
		jdbc.update("update registry_record set status = 'REVOKED' where lookup_code = ?", lookupCode(recordId));
		WebClient clerk = login(walk.org.schoolA.clerk);

		HttpResponse<String> requested = PageForms.post(clerk, path(recordId), form("kind", "REVOKE", "reason",
				"Ghi nhầm kết quả môn Toán.", "keyPassword", SubmittingSchool.PASSWORD));

		assertThat(requested.body()).contains("class=\"alert error\"", "Sở không nhận đề nghị thu hồi",
				"Học bạ đã bị thu hồi.", "id=\"kind-REVOKE\"").doesNotContain("Đã gửi đề nghị thu hồi lên Sở.");
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("record-" + recordId).count())
			.isZero();
		assertThat(submissions.ofSchool(walk.org.schoolA.id, 1)).singleElement().satisfies(refused -> {
			assertThat(refused.state()).isEqualTo(SubmissionState.ANSWERED);
			assertThat(refused.rejectedCount()).isOne();
		});
		assertThat(clerk.get("/").body()).contains("Sở không nhận đề nghị thu hồi học bạ");
	}

	@Test
	void aRevocationReasonLongerThanTheRegistryTakesIsRefusedAtTheBoxAndNothingIsSealed() {

		SubmittingSchool.Walk walk = school.walk().signedByPrincipal(1);
		long recordId = lockedRecordOf(walk);
		WebClient clerk = login(walk.org.schoolA.clerk);
		assertThat(clerk.get(path(recordId)).body()).as("the box counts no UTF-16 units of its own")
			.contains("Tối đa 500 ký tự").doesNotContain("maxlength");

		HttpResponse<String> tooLong = PageForms.post(clerk, path(recordId), form("kind", "REVOKE", "reason",
				EMOJI.repeat(501), "keyPassword", SubmittingSchool.PASSWORD));
		HttpResponse<String> blank = PageForms.post(clerk, path(recordId), form("kind", "REVOKE", "reason", "   ",
				"keyPassword", SubmittingSchool.PASSWORD));
		HttpResponse<String> tooLongEn = PageForms.post(clerk, path(recordId) + "?lang=en", form("kind", "REVOKE",
				"reason", "a".repeat(600), "keyPassword", SubmittingSchool.PASSWORD));

		assertThat(tooLong.body()).as("one limit, in characters").contains("id=\"reason-error\"",
				"Lý do dài 501 ký tự, quá giới hạn 500 ký tự").doesNotContain("id=\"refusal\"", "1.000", "kí tự");
		assertThat(tooLongEn.body()).contains("id=\"reason-error\"", "the department accepts at most 500");
		assertThat(blank.body()).contains("id=\"reason-error\"", "Vui lòng ghi lý do.");
		assertThat(corrections(walk)).as("nothing sealed").isZero();
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("record-" + recordId).count())
			.isZero();

		// 500 characters as the clerk sees them, typed decomposed (as some keyboards send them): 1,000 code points.
		String decomposed = Normalizer.normalize("ệ".repeat(250) + EMOJI.repeat(250), Normalizer.Form.NFD);
		HttpResponse<String> longest = PageForms.post(clerk, path(recordId) + "?lang=vi", form("kind", "REVOKE",
				"reason", decomposed, "keyPassword", SubmittingSchool.PASSWORD));

		assertThat(longest.body()).contains("Đã gửi đề nghị thu hồi lên Sở.", "đang chờ Sở quyết định");
		assertThat(submissions.ofSchool(walk.org.schoolA.id, 1)).singleElement()
			.satisfies(sent -> assertThat(sent.state()).isEqualTo(SubmissionState.SENT));
	}

	private Long replacesOf(Task task) {
		Object recordId = runtime.getVariable(task.getExecutionId(), "recordId");
		return records.findById(((Number) recordId).longValue()).map(YearRecord::getReplacesId).orElse(-1L);
	}

	private int corrections(SubmittingSchool.Walk walk) {
		return jdbc.queryForObject("select count(*) from registry_submission where school_id = ? and type = 5",
				Integer.class, walk.org.schoolA.id);
	}

	private String registryStatus(long recordId) {
		return jdbc.queryForObject("select status from registry_record where lookup_code = ?", String.class,
				lookupCode(recordId));
	}

	private UUID lookupCode(long recordId) {
		return records.findById(recordId).orElseThrow().getLookupCode();
	}

	private RecordState state(long recordId) {
		return records.findById(recordId).orElseThrow().getState();
	}

	private WebClient login(String username) {
		WebClient client = new WebClient(port);
		client.login(username, OrganisationFixture.PASSWORD);
		return client;
	}

	private static String path(long recordId) {
		return "/records/" + recordId + "/correction";
	}

	/** The walk's first record, issued, accepted by the registry and locked at the close-off. */
	private long lockedRecordOf(SubmittingSchool.Walk walk) {
		walk.clerkSigns();
		approvals.lockAccepted(walk.org.schoolA.id, walk.org.yearId);
		log.lock(walk.org.schoolA.id, walk.org.yearId);
		return walk.recordIds.get(0);
	}

}
