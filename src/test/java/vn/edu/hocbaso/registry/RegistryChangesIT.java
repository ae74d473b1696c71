package vn.edu.hocbaso.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.edu.hocbaso.signing.CertificateAuthority;
import vn.edu.hocbaso.signing.SampleRecordFiles;
import vn.edu.hocbaso.signing.ServerKeySigner;
import vn.edu.hocbaso.testing.OrganisationFixture;
import vn.edu.hocbaso.testing.WebClient;
import vn.edu.hocbaso.testing.WebIntegrationTest;

/**
 * What a school changes in the registry through the transaction interface, as its system would: a replacement
 * (type 1 with MA_TRA_CUU_UUID_THAY_THE) supersedes an accepted record; a withdrawal (type 5, "RUT") before
 * close-off; after close-off only a revocation request ("THU_HOI") that the department approves or refuses;
 * type 6 tells what became of it. Whatever would change a locked record is refused with its code and changes
 * nothing.
 */
@WebIntegrationTest
@RecordApplicationEvents
class RegistryChangesIT {

	@LocalServerPort
	int port;

	@Autowired
	RegistryTransactions transactions;

	@Autowired
	RegistryRevocations revocations;

	@Autowired
	TransparencyLog log;

	@Autowired
	CertificateAuthority authority;

	@Autowired
	ServerKeySigner signer;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	ObjectMapper json;

	@Autowired
	ApplicationEvents events;

	OrganisationFixture org;

	RegistrySchool school;

	@BeforeEach
	void organisation() {
		org = new OrganisationFixture(jdbc, encoder);
		school = new RegistrySchool(org, org.schoolA, true, authority, signer, jdbc);
	}

	@Test
	void aReplacementSupersedesTheAcceptedRecordInTheSameTransaction() {

		SampleRecordFiles.Pupil pupil = school.pupil("Nguyễn Thị Hoa");
		UUID old = submitted(school, pupil);
		byte[] replacement = school.signedReplacement(pupil, old);
		UUID successor = SampleRecordFiles.lookupCode(replacement);

		TransactionResponse answer = transactions.receive(school.transaction(messageId(), replacement));

		assertThat(answer.records()).extracting(RecordStatus::status, RecordStatus::error)
			.containsExactly(tuple(1, null));
		assertThat(state(old)).isEqualTo("SUPERSEDED");
		assertThat(jdbc.queryForObject("select superseded_by from registry_record where lookup_code = ?", UUID.class,
				old)).isEqualTo(successor);
		assertThat(jdbc.queryForObject("select replaces from registry_record where lookup_code = ?", UUID.class,
				successor)).isEqualTo(old);
		TransactionResponse query = transactions.receive(school.query(TransactionType.QUERY_SUBMISSION, old));
		assertThat(query.records()).extracting(RecordStatus::registryState, RecordStatus::supersededBy)
			.containsExactly(tuple("SUPERSEDED", successor.toString()));
	}

	@Test
	void aQueryByMessageIdGetsTheSubmissionsAnswerOnlyForItsOwnSchool() {

		String messageId = messageId();
		TransactionResponse submitted = transactions.receive(school.transaction(messageId,
				school.signedRecord(school.pupil("Hà Thu Uyên"))));
		RegistrySchool other = new RegistrySchool(org, org.schoolB, true, authority, signer, jdbc);

		TransactionResponse mine = transactions.receive(school.signed(new AuthenticationRequest(null, null, null,
				school.code, school.year, messageId(), TransactionType.QUERY_SUBMISSION, messageId), null));
		TransactionResponse theirs = transactions.receive(other.signed(new AuthenticationRequest(null, null, null,
				other.code, other.year, messageId(), TransactionType.QUERY_SUBMISSION, messageId), null));

		assertThat(mine).isEqualTo(submitted);
		assertThat(theirs.error()).isEqualTo("UNKNOWN_SUBMISSION");
	}

	@Test
	void rejectsAReplacementOfAnotherSchoolsRecordOrOfALockedOneAndChangesNothing() {

		RegistrySchool other = new RegistrySchool(org, org.schoolB, true, authority, signer, jdbc);
		UUID othersRecord = submitted(other, other.pupil("Lê Văn Nam"));
		SampleRecordFiles.Pupil pupil = school.pupil("Đỗ Minh Khôi");
		UUID locked = submitted(school, pupil);
		log.lock(org.schoolA.id, org.yearId);

		TransactionResponse answer = transactions.receive(school.transaction(messageId(),
				school.signedReplacement(school.pupil("Vũ Thu Trang"), othersRecord),
				school.signedReplacement(pupil, locked), school.signedReplacement(pupil, UUID.randomUUID())));

		assertThat(answer.records()).extracting(RecordStatus::status, RecordStatus::error)
			.containsExactly(tuple(0, "REPLACED_OTHER_SCHOOL"), tuple(0, "REPLACED_LOCKED"),
					tuple(0, "REPLACED_UNKNOWN"));
		assertThat(answer.records().get(1).errorDescription()).contains("đã khoá sổ", "đề nghị thu hồi");
		assertThat(state(othersRecord)).isEqualTo("ACCEPTED");
		assertThat(state(locked)).isEqualTo("LOCKED");
		assertThat(recordsOf(org.schoolA.id)).isEqualTo(1);
	}

	@Test
	void withdrawsBeforeCloseOffAndRefusesAWithdrawalAfterItWithItsCode() {

		UUID early = submitted(school, school.pupil("Phan Thị Lan"));
		TransactionResponse withdrawn = transactions.receive(school.revocation(messageId(),
				RevocationContent.WITHDRAW, item(early, "Nhập nhầm học sinh")));
		assertThat(withdrawn.records()).extracting(RecordStatus::status, RecordStatus::registryState)
			.containsExactly(tuple(2, "WITHDRAWN"));
		assertThat(state(early)).isEqualTo("WITHDRAWN");

		UUID late = submitted(school, school.pupil("Hồ Văn Sơn"));
		log.lock(org.schoolA.id, org.yearId);
		TransactionResponse refused = transactions.receive(school.revocation(messageId(),
				RevocationContent.WITHDRAW, item(late, "Sai điểm")));

		assertThat(refused.error()).isEmpty();
		assertThat(refused.records()).extracting(RecordStatus::status, RecordStatus::error)
			.containsExactly(tuple(3, "LOCKED"));
		assertThat(refused.records().get(0).errorDescription()).contains("đã khoá sổ", "hãy đề nghị thu hồi");
		assertThat(state(late)).isEqualTo("LOCKED");
		assertThat(jdbc.queryForObject("select count(*) from registry_revocation where lookup_code = ?",
				Integer.class, late)).isZero();
	}

	@Test
	void aRevocationOfALockedRecordWaitsForTheDepartmentWhichApprovesItAndTheSchoolReissues() {

		SampleRecordFiles.Pupil pupil = school.pupil("Trịnh Bảo Ngọc");
		UUID code = submitted(school, pupil);
		log.lock(org.schoolA.id, org.yearId);

		TransactionResponse requested = transactions.receive(school.revocation(messageId(),
				RevocationContent.REVOKE, item(code, "Sai ngày sinh")));
		assertThat(requested.records()).extracting(RecordStatus::status).containsExactly(1);
		assertThat(revocationState(code)).containsExactly(1);

		long officer = org.staffId(org.officer);
		revocations.decide(code, true, null, officer);

		assertThat(state(code)).isEqualTo("REVOKED");
		assertThat(revocationState(code)).containsExactly(2);
		assertThat(events.stream(RevocationDecided.class))
			.containsExactly(new RevocationDecided(code, true, null, officer));

		// After the approval the school issues a new record that replaces the revoked one; the revoked row stays.
		byte[] reissue = school.signedReplacement(pupil, code);
		assertThat(transactions.receive(school.transaction(messageId(), reissue)).records())
			.extracting(RecordStatus::status).containsExactly(1);
		assertThat(state(code)).isEqualTo("REVOKED");
		assertThat(jdbc.queryForObject("select replaces from registry_record where lookup_code = ?", UUID.class,
				SampleRecordFiles.lookupCode(reissue))).isEqualTo(code);

		// The revoked record's public page leads to its re-issue, as the re-issue's page leads back.
		UUID reissued = SampleRecordFiles.lookupCode(reissue);
		WebClient visitor = new WebClient(port);
		assertThat(visitor.get("/verify/" + code).body()).contains("Đã bị thu hồi", "được cấp lại thành học bạ",
				"id=\"reissued-as\" href=\"/verify/" + reissued + "\"");
		assertThat(visitor.getJson("/verify/" + code + ".json").body())
			.contains("\"reissuedAs\":\"" + reissued + "\"");
		assertThat(visitor.get("/verify/" + reissued).body()).contains("id=\"replaces\" href=\"/verify/" + code)
			.doesNotContain("id=\"reissued-as\"");
	}

	@Test
	void aRevocationRequestWhoseFunctionWasChangedOnTheWayIsRefusedAndItsMessageIdStaysFree() {

		UUID code = submitted(school, school.pupil("Đặng Minh Khôi"));
		log.lock(org.schoolA.id, org.yearId);
		TransactionRequest sealed = school.revocation(messageId(), RevocationContent.REVOKE, item(code, "Sai điểm"));
		AuthenticationRequest envelope = sealed.authenticationRequest();
		AuthenticationRequest changed = new AuthenticationRequest(null, null, null, envelope.schoolCode(),
				envelope.schoolYear(), envelope.messageId(), envelope.type(), RevocationContent.WITHDRAW);

		TransactionResponse answer = transactions.receive(
				new TransactionRequest(changed, sealed.content(), sealed.signature()));

		assertThat(answer.error()).isEqualTo("SIGNATURE_INVALID");
		assertThat(transactions.receive(sealed).records()).extracting(RecordStatus::status).containsExactly(1);
		assertThat(state(code)).isEqualTo("LOCKED");
	}

	@Test
	void aRefusedRevocationLeavesTheRecordLockedAndTellsWhy() {

		UUID code = submitted(school, school.pupil("Mai Anh Thư"));
		log.lock(org.schoolA.id, org.yearId);
		transactions.receive(school.revocation(messageId(), RevocationContent.REVOKE, item(code, "Sai điểm")));
		long officer = org.staffId(org.officer);

		assertThatExceptionOfType(RevocationDecisionRefused.class)
			.isThrownBy(() -> revocations.decide(code, false, " ", officer))
			.extracting(RevocationDecisionRefused::getMessageKey).isEqualTo("registry.revocation.reasonRequired");
		revocations.decide(code, false, "Điểm đúng theo sổ theo dõi", officer);

		assertThat(state(code)).isEqualTo("LOCKED");
		RecordStatus status = transactions.receive(school.query(TransactionType.QUERY_REVOCATION, code)).records()
			.get(0);
		assertThat(status.status()).isEqualTo(3);
		assertThat(status.error()).isEqualTo("REVOCATION_REFUSED");
		assertThat(status.errorDescription()).contains("Điểm đúng theo sổ theo dõi");
		assertThatExceptionOfType(RevocationDecisionRefused.class)
			.isThrownBy(() -> revocations.decide(code, true, null, officer))
			.extracting(RevocationDecisionRefused::getMessageKey).isEqualTo("registry.revocation.notPending");
	}

	@Test
	void answersEachItemOnItsOwnAndARetryStoresNothingTwice() {

		RegistrySchool other = new RegistrySchool(org, org.schoolB, true, authority, signer, jdbc);
		UUID othersRecord = submitted(other, other.pupil("Tạ Quang Huy"));
		UUID mine = submitted(school, school.pupil("Lý Thị Mai"));
		UUID unasked = submitted(school, school.pupil("Cao Văn Tiến"));
		TransactionRequest request = school.revocation(messageId(), RevocationContent.REVOKE, item(mine, "Sai tên"),
				item(othersRecord, "Nhầm"), item(UUID.randomUUID(), "Nhầm"), item(mine, "Lần nữa"),
				new RevocationItem(unasked.toString(), null, null, null, " "),
				new RevocationItem(unasked.toString(), "SAI-MA", null, null, "Sai mã"));

		TransactionResponse first = transactions.receive(request);
		TransactionResponse retry = transactions.receive(request);

		assertThat(first.records()).extracting(RecordStatus::status, RecordStatus::error).containsExactly(
				tuple(2, null), tuple(3, "RECORD_OF_OTHER_SCHOOL"), tuple(3, "UNKNOWN_LOOKUP_CODE"),
				tuple(3, "LOOKUP_CODE_USED"), tuple(3, "REASON_MISSING"), tuple(3, "IDENTITY_MISMATCH"));
		assertThat(retry).isEqualTo(first);
		assertThat(jdbc.queryForObject("select count(*) from registry_revocation r join registry_record c "
				+ "on c.lookup_code = r.lookup_code where c.school_id = ?", Integer.class, org.schoolA.id))
			.isEqualTo(1);
		assertThat(state(othersRecord)).isEqualTo("ACCEPTED");
		assertThat(state(unasked)).isEqualTo("ACCEPTED");
		assertThat(transactions.receive(school.query(TransactionType.QUERY_REVOCATION, mine, unasked)).records())
			.extracting(RecordStatus::status, RecordStatus::error)
			.containsExactly(tuple(2, null), tuple(3, "NO_REVOCATION"));
	}

	@Test
	void refusesBadRevocationTransactionsOverHttpAndStoresNothing() throws Exception {

		UUID code = submitted(school, school.pupil("Kiều Thị Vân"));
		TransactionRequest noFunction = school.revocation(messageId(), null, item(code, "Sai"));
		TransactionRequest notAList = school.signed(new AuthenticationRequest(null, null, null, school.code,
				school.year, messageId(), TransactionType.REVOKE, RevocationContent.WITHDRAW),
				TransactionContent.encode("<HOC_BA><MA_TRA_CUU_UUID>" + code + "</MA_TRA_CUU_UUID></HOC_BA>"));
		TransactionRequest tampered = new TransactionRequest(noFunction.authenticationRequest(),
				TransactionContent.encode(RevocationContent.write(List.of(item(UUID.randomUUID(), "x")))),
				noFunction.signature());

		assertRefused(post(noFunction), "UNKNOWN_FUNCTION", "RUT");
		assertRefused(post(notAList), "NOT_A_LIST", "");
		assertRefused(post(tampered), "SIGNATURE_INVALID", "");

		assertThat(state(code)).isEqualTo("ACCEPTED");
		assertThat(jdbc.queryForObject("select count(*) from registry_transaction where school_id = ? and type = 5",
				Integer.class, org.schoolA.id)).isZero();
	}

	private UUID submitted(RegistrySchool sender, SampleRecordFiles.Pupil pupil) {
		byte[] record = sender.signedRecord(pupil);
		TransactionResponse answer = transactions.receive(sender.transaction(messageId(), record));
		assertThat(answer.records()).extracting(RecordStatus::status).containsExactly(1);
		return SampleRecordFiles.lookupCode(record);
	}

	private RevocationItem item(UUID lookupCode, String reason) {
		return new RevocationItem(lookupCode.toString(), null, null, null, reason);
	}

	private List<Integer> revocationState(UUID code) {
		return transactions.receive(school.query(TransactionType.QUERY_REVOCATION, code)).records().stream()
			.map(RecordStatus::status)
			.toList();
	}

	private String state(UUID lookupCode) {
		return jdbc.queryForObject("select status from registry_record where lookup_code = ?", String.class,
				lookupCode);
	}

	private int recordsOf(long schoolId) {
		return jdbc.queryForObject("select count(*) from registry_record where school_id = ?", Integer.class,
				schoolId);
	}

	private static String messageId() {
		return "msg-" + UUID.randomUUID();
	}

	private void assertRefused(HttpResponse<String> response, String code, String text) throws Exception {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		JsonNode answer = json.readTree(response.body());
		assertThat(answer.get("Error").asText()).isEqualTo(code);
		assertThat(answer.get("ErrorDescription").asText()).contains(text);
	}

	private HttpResponse<String> post(TransactionRequest request) throws Exception {
		return new WebClient(port).send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/registry/transactions"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(request)))
			.build());
	}

}
