package vn.edu.hocbaso.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.edu.hocbaso.signing.CertificateAuthority;
import vn.edu.hocbaso.signing.SampleRecordFiles;
import vn.edu.hocbaso.signing.ServerKeySigner;
import vn.edu.hocbaso.system.OwnerDatabase;
import vn.edu.hocbaso.testing.OrganisationFixture;
import vn.edu.hocbaso.testing.PageForms;
import vn.edu.hocbaso.testing.WebClient;
import vn.edu.hocbaso.testing.WebIntegrationTest;

/**
 * The public verification as anyone uses it, without an account: a locked record's page and JSON show its state,
 * school, signers and inclusion proof and no personal ID; its files download as stored and the proof verifies
 * against the checkpoint; an unknown or malformed code gets a clear 404 or 400; the upload check recognises the
 * exact file, names what differs in a changed one, and turns away a file that is not XML.
 */
@WebIntegrationTest
class PublicVerificationIT {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	TransparencyLog log;

	@Autowired
	RegistryIntake intake;

	@Autowired
	CertificateAuthority authority;

	@Autowired
	ServerKeySigner signer;

	@Autowired
	RegistryTransactions transactions;

	@Autowired
	OwnerDatabase owner;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@LocalServerPort
	int port;

	WebClient visitor;

	OrganisationFixture org;

	RegistrySchool school;

	SampleRecordFiles.Pupil pupil;

	SampleRecordFiles.Pupil laterPupil;

	UUID locked;

	UUID accepted;

	String schoolName;

	@BeforeEach
	void aLockedRecord() {

		org = new OrganisationFixture(jdbc, encoder);
		school = new RegistrySchool(org, org.schoolA, true, authority, signer, jdbc);
		pupil = school.pupil("Nguyễn Thị Hoa");
		byte[] sent = school.signedRecord(pupil);
		locked = SampleRecordFiles.lookupCode(sent);
		intake.submit(school.transaction("msg-" + UUID.randomUUID(), sent));
		log.lock(org.schoolA.id, org.yearId);

		laterPupil = school.pupil("Trần Văn Bình");
		byte[] later = school.signedRecord(laterPupil);
		accepted = SampleRecordFiles.lookupCode(later);
		intake.submit(school.transaction("msg-" + UUID.randomUUID(), later));

		schoolName = jdbc.queryForObject("select name from school where id = ?", String.class, org.schoolA.id);
		visitor = new WebClient(port);
	}

	@Test
	void aLockedRecordShowsItsStateSignersAndProofWithoutLogin() {

		HttpResponse<String> page = visitor.get("/verify/" + locked);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Đã chốt").contains("Nguyễn Thị Hoa").contains(schoolName)
			.contains("id=\"signers-GVCN\"").contains("id=\"signers-CBQL\"").contains("id=\"signers-KY_PHAT_HANH\"")
			.contains("Cả ba chữ ký số").contains("(GMT+7)").contains("id=\"leaf-index\"")
			.contains("id=\"checkpoint\"").contains("--verify-offline")
			.contains(intake.find(locked).orElseThrow().sha256());
		assertThat(page.body()).doesNotContain(pupil.personalId()).doesNotContain(pupil.code())
			.containsPattern("id=\"locked-at\">\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}<")
			.containsPattern("id=\"birth-date\">01/03/2018<");

		HttpResponse<String> english = visitor.get("/verify/" + locked + "?lang=en");
		assertThat(english.body()).contains("Locked: the record is in force").contains("Signers");
	}

	@Test
	void anAcceptedRecordIsNotInTheLogYet() throws Exception {

		HttpResponse<String> page = visitor.get("/verify/" + accepted);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Đã được Sở tiếp nhận").contains("id=\"not-in-log\"")
			.doesNotContain("id=\"download-proof\"");
		assertThat(visitor.download("/verify/" + accepted + "/proof.json").statusCode()).isEqualTo(404);

		// The offline files say why they are missing, as the record's JSON does.
		for (String file : List.of("/proof.json", "/checkpoint.txt")) {
			HttpResponse<byte[]> missing = visitor.download("/verify/" + accepted + file);
			assertThat(missing.statusCode()).isEqualTo(404);
			assertThat(errorOf(missing)).isEqualTo("NOT_IN_LOG_YET");
			assertThat(new String(missing.body(), StandardCharsets.UTF_8)).contains("chưa có trong sổ cái", "khi chốt");
		}
	}

	@Test
	void aSupersededOrWithdrawnRecordIsSaidNeverToEnterTheLog() throws Exception {

		byte[] replacement = school.signedReplacement(laterPupil, accepted);
		UUID successor = SampleRecordFiles.lookupCode(replacement);
		intake.submit(school.transaction("msg-" + UUID.randomUUID(), replacement));
		transactions.receive(school.revocation("msg-" + UUID.randomUUID(), RevocationContent.WITHDRAW,
				new RevocationItem(successor.toString(), null, null, null, "Nhập nhầm học sinh")));

		HttpResponse<String> superseded = visitor.get("/verify/" + accepted);
		assertThat(superseded.body()).contains("Đã được thay thế", "id=\"not-in-log\"",
				"không bao giờ được ghi vào sổ cái", "học bạ thay thế").doesNotContain("khi chốt.");
		HttpResponse<byte[]> proof = visitor.download("/verify/" + accepted + "/proof.json");
		assertThat(proof.statusCode()).isEqualTo(404);
		assertThat(errorOf(proof)).isEqualTo("NOT_IN_LOG");
		assertThat(new String(proof.body(), StandardCharsets.UTF_8)).contains("không bao giờ được ghi vào sổ cái",
				"/verify/" + successor);

		HttpResponse<String> withdrawn = visitor.get("/verify/" + successor + "?lang=en");
		assertThat(withdrawn.body()).contains("Withdrawn by the school", "never enters the transparency log")
			.doesNotContain("not in the transparency log yet");
		HttpResponse<byte[]> checkpoint = visitor.download("/verify/" + successor + "/checkpoint.txt");
		assertThat(checkpoint.statusCode()).isEqualTo(404);
		assertThat(errorOf(checkpoint)).isEqualTo("NOT_IN_LOG");
		// in English, as the visitor chose above
		assertThat(new String(checkpoint.body(), StandardCharsets.UTF_8)).contains("withdrawn by the school",
				"never enters the transparency log");
	}

	@Test
	void aLockedRecordWhoseStoredBytesTheOwnerAlteredIsShownAsDamagedNotValid() throws Exception {

		byte[] received = intake.find(locked).orElseThrow().xml();
		String recorded = PublicVerification.sha256(received);
		byte[] altered = new String(received, StandardCharsets.UTF_8)
			.replace("<TEN_LOP>4A</TEN_LOP>", "<TEN_LOP>4B</TEN_LOP>")
			.getBytes(StandardCharsets.UTF_8);
		String alteredSha256 = PublicVerification.sha256(altered);
		OwnerTampering.overwrite(owner, locked, altered);
		try {
			HttpResponse<String> page = visitor.get("/verify/" + locked);
			assertThat(page.body()).contains("id=\"verify-integrity\"", "Lỗi toàn vẹn", "Bản lưu bị hỏng",
					"trạng thái ghi nhận: đã chốt",
					recorded, alteredSha256, "id=\"stored-sha256\"")
				.doesNotContain("Đã chốt: học bạ có hiệu lực");

			JsonNode json = JSON.readTree(visitor.getJson("/verify/" + locked + ".json").body());
			assertThat(json.get("intact").asBoolean()).isFalse();
			assertThat(json.get("sha256").asText()).isEqualTo(recorded);
			assertThat(json.get("storedSha256").asText()).isEqualTo(alteredSha256);
			assertThat(json.get("integrityProblem").asText()).contains(recorded, alteredSha256);

			// The bytes the registry now holds are not those it received: the upload says which copy is damaged.
			assertThat(upload(altered).body()).contains("Tệp KHÔNG khớp", "id=\"upload-stored-damaged\"",
					"Lỗi toàn vẹn");
			assertThat(upload(received).body()).contains("Giống hệt từng byte", "id=\"upload-stored-damaged\"",
					"bản Sở đang lưu đã bị hỏng");
		}
		finally {
			// Put the bytes back, so the shared database stays clean for the other tests.
			OwnerTampering.overwrite(owner, locked, received);
		}
		assertThat(visitor.get("/verify/" + locked).body()).contains("Đã chốt: học bạ có hiệu lực")
			.doesNotContain("id=\"verify-integrity\"");
	}


	private static String errorOf(HttpResponse<byte[]> response) throws Exception {
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
		return JSON.readTree(response.body()).get("error").asText();
	}

	@Test
	void theJsonCarriesTheProofThatVerifiesAgainstTheCheckpoint() throws Exception {

		HttpResponse<String> response = visitor.getJson("/verify/" + locked + ".json");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).doesNotContain(pupil.personalId()).doesNotContain(pupil.code());
		JsonNode json = JSON.readTree(response.body());
		assertThat(json.get("status").asText()).isEqualTo("LOCKED");
		assertThat(json.at("/school/name").asText()).isEqualTo(schoolName);
		assertThat(json.at("/pupil/name").asText()).isEqualTo("Nguyễn Thị Hoa");
		assertThat(json.get("signaturesValid").asBoolean()).isTrue();
		assertThat(json.get("signatures")).extracting(node -> node.get("block").asText())
			.containsExactly("GVCN", "CBQL", "KY_PHAT_HANH");

		// The record's file is not public (it holds the personal ID and the results): the family holds it.
		assertThat(visitor.download("/verify/" + locked + "/record.xml").statusCode()).isEqualTo(404);
		byte[] xml = intake.find(locked).orElseThrow().xml();
		assertThat(PublicVerification.sha256(xml)).isEqualTo(json.get("sha256").asText());

		SignedCheckpoint checkpoint = SignedCheckpoint.parse(json.get("checkpoint").asText());
		assertThat(checkpoint.verify(log.departmentKey())).isTrue();
		JsonNode proof = json.get("inclusionProof");
		List<byte[]> path = JSON.convertValue(proof.get("auditPath"), List.class).stream()
			.map(hash -> Base64.getDecoder().decode((String) hash)).toList();
		assertThat(MerkleProofs.verifyInclusion(MerkleProofs.leafHash(xml), proof.get("leafIndex").asLong(),
				proof.get("treeSize").asLong(), path, checkpoint.checkpoint().rootHash())).isTrue();

		String proofFile = new String(visitor.download("/verify/" + locked + "/proof.json").body(),
				StandardCharsets.UTF_8);
		assertThat(InclusionProof.parse(proofFile).proves(xml, checkpoint.checkpoint().rootHash())).isTrue();
		assertThat(new String(visitor.download("/verify/" + locked + "/checkpoint.txt").body(),
				StandardCharsets.UTF_8)).isEqualTo(checkpoint.note());
	}

	@Test
	void unknownAndMalformedCodesAreAnsweredClearly() throws Exception {

		UUID unknown = UUID.randomUUID();
		HttpResponse<String> page = visitor.get("/verify/" + unknown);
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Sở không lưu học bạ nào có mã tra cứu " + unknown)
			.doesNotContain("Exception");

		HttpResponse<String> malformed = visitor.get("/verify/not-a-code");
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.body()).contains("không phải mã tra cứu hợp lệ").doesNotContain("Exception");

		HttpResponse<String> json = visitor.getJson("/verify/" + unknown + ".json");
		assertThat(json.statusCode()).isEqualTo(404);
		assertThat(JSON.readTree(json.body()).get("error").asText()).isEqualTo("UNKNOWN_LOOKUP_CODE");
		assertThat(visitor.getJson("/verify/1-2-3-4-5.json").statusCode()).isEqualTo(400);
		assertThat(visitor.download("/verify/" + unknown + "/proof.json").statusCode()).isEqualTo(404);
		assertThat(errorOf(visitor.download("/verify/" + unknown + "/proof.json"))).isEqualTo("UNKNOWN_LOOKUP_CODE");
		assertThat(errorOf(visitor.download("/verify/" + unknown + "/checkpoint.txt")))
			.isEqualTo("UNKNOWN_LOOKUP_CODE");
		HttpResponse<byte[]> garbage = visitor.download("/verify/garbage/proof.json");
		assertThat(garbage.statusCode()).isEqualTo(400);
		assertThat(errorOf(garbage)).isEqualTo("MALFORMED_LOOKUP_CODE");

		// The department's key answers as the other files do: only for a record the registry holds.
		HttpResponse<byte[]> malformedKey = visitor.download("/verify/abc/department-key.pem");
		assertThat(malformedKey.statusCode()).isEqualTo(400);
		assertThat(errorOf(malformedKey)).isEqualTo("MALFORMED_LOOKUP_CODE");
		HttpResponse<byte[]> unknownKey = visitor.download("/verify/" + new UUID(0, 0) + "/department-key.pem");
		assertThat(unknownKey.statusCode()).isEqualTo(404);
		assertThat(errorOf(unknownKey)).isEqualTo("UNKNOWN_LOOKUP_CODE");
		HttpResponse<byte[]> key = visitor.download("/verify/" + locked + "/department-key.pem");
		assertThat(key.statusCode()).isEqualTo(200);
		assertThat(new String(key.body(), StandardCharsets.US_ASCII)).isEqualTo(log.departmentKeyPem());

		// An empty lookup asks for the code instead of showing the form again without a word.
		for (String blank : List.of("", "%20%20")) {
			HttpResponse<String> empty = visitor.get("/verify?code=" + blank);
			assertThat(empty.body()).contains("id=\"verify-problem\"", "Hãy nhập mã tra cứu");
		}
		assertThat(visitor.get("/verify").body()).doesNotContain("id=\"verify-problem\"");

		HttpResponse<String> typed = visitor.get("/verify?code=" + locked);
		assertThat(typed.statusCode()).isEqualTo(302);
		assertThat(typed.headers().firstValue("Location").orElseThrow()).endsWith("/verify/" + locked);
	}

	@Test
	void theExactFileMatchesAndAChangedByteIsNamed() {

		byte[] xml = intake.find(locked).orElseThrow().xml();

		HttpResponse<String> exact = upload(xml);
		assertThat(exact.statusCode()).isEqualTo(200);
		assertThat(exact.body()).contains("Tệp đúng là học bạ Sở lưu giữ").contains("Giống hệt từng byte")
			.contains("Đã chốt").doesNotContain("id=\"upload-declaration\"");

		// A saved file begins with an XML declaration the registry does not keep: the page says why two hashes differ.
		byte[] declared = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + new String(xml, StandardCharsets.UTF_8))
			.getBytes(StandardCharsets.UTF_8);
		assertThat(upload(declared).body()).contains("Giống hệt từng byte", "id=\"upload-declaration\"",
				"khai báo XML", PublicVerification.sha256(declared), PublicVerification.sha256(xml));

		byte[] changed = xml.clone();
		String text = new String(changed, StandardCharsets.UTF_8);
		int at = text.indexOf("<TEN_LOP>4A") + "<TEN_LOP>4".length();
		changed[text.substring(0, at).getBytes(StandardCharsets.UTF_8).length] = 'B';

		HttpResponse<String> tampered = upload(changed);
		assertThat(tampered.body()).contains("Tệp KHÔNG khớp").contains("mã băm SHA-256 của tệp khác")
			.contains("id=\"upload-signers-GVCN\"").contains("Chữ ký GVCN không hợp lệ");
	}

	@Test
	void aFileThatIsNotARecordGetsAMessage() {

		assertThat(upload("không phải XML".getBytes(StandardCharsets.UTF_8)).body())
			.contains("Tệp không phải tài liệu XML đọc được");
		assertThat(upload("<HOC_BA/>".getBytes(StandardCharsets.UTF_8)).body())
			.contains("Tệp không có mã tra cứu (MA_TRA_CUU_UUID) hợp lệ");
		HttpResponse<String> tooLarge = upload(new byte[PublicVerification.MAX_UPLOAD_BYTES + 1]);
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(tooLarge.body()).contains("Tệp quá lớn: tệp học bạ tối đa 2 MB.");
	}

	@Test
	void thePupilPageOfASignedInTeacherLinksTheRecordToItsPublicPage() {

		WebClient teacher = new WebClient(port);
		teacher.login(org.schoolA.homeroomTeacher, OrganisationFixture.PASSWORD);
		long pupilId = jdbc.queryForObject("select id from pupil where personal_id = ?", Long.class,
				pupil.personalId());

		assertThat(teacher.get("/pupils/" + pupilId).body()).contains("id=\"registry-records\"")
			.contains("href=\"/verify/" + locked + "\"");
	}

	private HttpResponse<String> upload(byte[] file) {
		return PageForms.upload(visitor, "/verify/upload", Map.of(), "hoc-ba.xml", "application/xml", file);
	}

}
