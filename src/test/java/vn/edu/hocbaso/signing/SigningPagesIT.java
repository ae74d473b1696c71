package vn.edu.hocbaso.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.hocbaso.testing.PageForms.form;
import static vn.edu.hocbaso.testing.PageForms.post;
import static vn.edu.hocbaso.testing.PageForms.postForFile;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.edu.hocbaso.record.RecordManagement;
import vn.edu.hocbaso.record.YearRecord;
import vn.edu.hocbaso.testing.FilledRecords;
import vn.edu.hocbaso.testing.OrganisationFixture;
import vn.edu.hocbaso.testing.PageForms;
import vn.edu.hocbaso.testing.WebClient;
import vn.edu.hocbaso.testing.WebIntegrationTest;

/**
 * The signing pages over HTTP, as their users work them: the homeroom teacher of 4A signs her class in one batch
 * and follows the progress to the result, which lists the incomplete record it skipped; the principal signs the
 * school's chosen classes; a wrong password or a missing certificate signs nothing; the signatures show on the
 * pupil page and the signed XML downloads; a key kept elsewhere goes through the external signer, whose garbage
 * is refused; other teachers and schools are kept out.
 */
@WebIntegrationTest
class SigningPagesIT {

	private static final String PASSWORD = "Mat-khau-2027";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	RecordManagement records;

	@Autowired
	CertificateAuthority authority;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	OrganisationFixture org;

	long teacherId;

	long principalId;

	long khang;

	long ha;

	long huy;

	@BeforeEach
	void classWithTwoCompleteRecordsAndOneIncomplete() {

		org = new OrganisationFixture(jdbc, encoder);
		teacherId = org.staffId(org.schoolA.homeroomTeacher);
		principalId = org.staffId(org.schoolA.principal);

		khang = completeRecord("Vũ Minh Khang");
		ha = completeRecord("Đỗ Thu Hà");
		huy = records.open(org.pupil(org.schoolA.class4a, "Bùi Gia Huy"), org.schoolA.class4a, teacherId).getId();
	}

	@Test
	void theTeacherSignsHerClassAndTheResultListsTheSkippedRecord(@TempDir Path folder) throws Exception {

		SigningCertificate certificate = authority.issueForStaff(teacherId, CertificateRole.TEACHER,
				PASSWORD.toCharArray());
		WebClient teacher = client(org.schoolA.homeroomTeacher);

		String page = teacher.get(classPage()).body();
		assertThat(page).contains("Ký 2 học bạ", "Bùi Gia Huy", "Bỏ qua: học bạ chưa hoàn thành",
				"type=\"password\"", "autocomplete=\"off\"", certificate.getSerialNumber(),
				"2 học bạ sẽ được ký, 1 học bạ bỏ qua");
		assertThat(teacher.get(classPage() + "?lang=en").body()).contains("Sign 2 records",
				"Skipped: the record is not complete");
		teacher.get(classPage() + "?lang=vi");

		HttpResponse<String> started = post(teacher, classPage(), form("role", "TEACHER", "password", PASSWORD));
		assertThat(started.uri().getPath()).startsWith("/signing/batches/");
		String batch = started.uri().getPath();
		assertThat(started.body()).contains("id=\"batch-progress\"", "/js/signing-progress.js");

		assertThat(untilFinished(teacher, batch)).contains("\"state\":\"DONE\"", "\"signed\":2", "\"skipped\":1");
		String result = teacher.get(batch + "?back=" + classPage()).body();
		assertThat(result).contains("Đã ký 2 học bạ.", "id=\"skipped-" + huy + "\"", "Bùi Gia Huy", "4A",
				"href=\"/tasks\"", "href=\"" + classPage() + "\"",
				"href=\"/classes/" + org.schoolA.class4a + "\"");
		assertThat(stateOf(khang)).isEqualTo("SIGNED_BY_TEACHER");
		assertThat(stateOf(ha)).isEqualTo("SIGNED_BY_TEACHER");
		assertThat(stateOf(huy)).isEqualTo("DRAFT");

		// Come back to later without the link from the signing page: the links still lead to the class.
		assertThat(teacher.get(batch).body()).contains("href=\"" + classPage() + "\"",
				"href=\"/classes/" + org.schoolA.class4a + "\"");

		// The batch is hers alone.
		assertThat(client(org.schoolA.principal).get(batch).statusCode()).isEqualTo(404);
		assertThat(client(org.schoolA.principal).getJson(batch + "/progress").statusCode()).isEqualTo(404);
		assertThat(teacher.get("/signing/batches/not-a-batch").statusCode()).isEqualTo(404);

		// The signed record: its signature on the pupil page, its XML with the SHA-256 the page shows.
		long pupil = jdbc.queryForObject("select pupil_id from year_record where id = ?", Long.class, khang);
		String pupilPage = teacher.get("/pupils/" + pupil).body();
		HttpResponse<byte[]> xml = teacher.download("/records/" + khang + "/signed.xml");
		assertThat(xml.statusCode()).isEqualTo(200);
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(xml.body()));
		assertThat(pupilPage).contains("Chữ ký số", "Giáo viên chủ nhiệm", "Hợp lệ", "Chưa ký", sha256,
				"/records/" + khang + "/signed.xml");
		assertThat(pupilPage).contains("/certificates/root.pem");
		if (Files.isExecutable(SigningXmlTests.Xmlsec1.PATH)) {
			Path record = Files.write(folder.resolve("hoc-ba.xml"), xml.body());
			Path root = Files.write(folder.resolve("root.pem"), teacher.download("/certificates/root.pem").body());
			assertThat(SigningXmlTests.Xmlsec1.verify(record, root, "GVCN")).contains("OK");
		}
		assertThat(client(org.schoolB.principal).download("/records/" + khang + "/signed.xml").statusCode())
			.isEqualTo(404);
		assertThat(teacher.download("/records/" + huy + "/signed.xml").statusCode()).isEqualTo(404);
	}

	@Test
	void thePrincipalSignsTheChosenClassesOfTheSchool() {

		authority.issueForStaff(teacherId, CertificateRole.TEACHER, PASSWORD.toCharArray());
		authority.issueForStaff(principalId, CertificateRole.PRINCIPAL, PASSWORD.toCharArray());
		WebClient teacher = client(org.schoolA.homeroomTeacher);
		untilFinished(teacher, post(teacher, classPage(), form("role", "TEACHER", "password", PASSWORD)).uri()
			.getPath());

		WebClient principal = client(org.schoolA.principal);
		String page = principal.get(schoolPage()).body();
		assertThat(page).contains("id=\"class-" + org.schoolA.class4a + "\"", "checked", "type=\"password\"");

		assertThat(post(principal, schoolPage(), form("role", "PRINCIPAL", "password", PASSWORD)).body())
			.contains("Hãy chọn ít nhất một lớp.");
		assertThat(post(principal, schoolPage(), form("role", "PRINCIPAL", "password", PASSWORD, "classId",
				org.schoolB.class4a)).body()).contains("id=\"refusal\"", "(mã " + org.schoolB.class4a + ")",
						"không phải lớp của");
		assertThat(post(principal, schoolPage(), form("role", "PRINCIPAL", "password", PASSWORD, "classId",
				org.schoolA.class5a)).body()).contains("id=\"refusal\"",
						"Lớp 5A: không có học bạ nào để ký ở bước này vì giáo viên chủ nhiệm chưa ký");
		assertThat(stateOf(khang)).isEqualTo("SIGNED_BY_TEACHER");

		// 5A has nothing at this step: 4A is signed and the result says why 5A is not.
		HttpResponse<String> started = post(principal, schoolPage(), form("role", "PRINCIPAL", "password", PASSWORD,
				"classId", List.of(org.schoolA.class4a, org.schoolA.class5a)));
		assertThat(started.body()).contains("id=\"notice\"",
				"Lớp 5A: không có học bạ nào để ký ở bước này vì giáo viên chủ nhiệm chưa ký");
		assertThat(untilFinished(principal, started.uri().getPath())).contains("\"state\":\"DONE\"", "\"signed\":2",
				"\"total\":2");

		assertThat(stateOf(khang)).isEqualTo("SIGNED_BY_PRINCIPAL");
		assertThat(stateOf(huy)).isEqualTo("DRAFT");
		assertThat(client(org.schoolA.homeroomTeacher).get("/pupils/" + pupilOf(ha)).body())
			.contains("Hiệu trưởng", "Hợp lệ");
	}

	@Test
	void aWrongPasswordOrNoneSignsNothing() {

		authority.issueForStaff(teacherId, CertificateRole.TEACHER, PASSWORD.toCharArray());
		WebClient teacher = client(org.schoolA.homeroomTeacher);

		HttpResponse<String> wrong = post(teacher, classPage(), form("role", "TEACHER", "password", "Sai-mat-khau"));
		assertThat(wrong.uri().getPath()).isEqualTo(classPage());
		assertThat(wrong.body()).contains("id=\"refusal\"", "Mật khẩu khóa không đúng.", "Ký 2 học bạ")
			.doesNotContain("Sai-mat-khau");
		assertThat(post(teacher, classPage(), form("role", "TEACHER", "password", "")).body())
			.contains("Hãy nhập mật khẩu khóa ký.");
		assertThat(post(teacher, classPage() + "?lang=en", form("role", "TEACHER", "password", "Sai-mat-khau"))
			.body()).contains("id=\"refusal\"");

		assertThat(stateOf(khang)).isEqualTo("DRAFT");
		assertThat(stateOf(ha)).isEqualTo("DRAFT");
	}

	@Test
	void theSingleRecordPageSpeaksOfOneRecord() {

		authority.issueForStaff(teacherId, CertificateRole.TEACHER, PASSWORD.toCharArray());
		WebClient teacher = client(org.schoolA.homeroomTeacher);

		String page = teacher.get("/signing/records/" + khang).body();
		assertThat(page).contains("Giáo viên chủ nhiệm ký học bạ này", "Ký 1 học bạ")
			.doesNotContain("của lớp.");
		String english = teacher.get("/signing/records/" + khang + "?lang=en").body();
		assertThat(english).contains("The homeroom teacher signs this record", "Sign 1 record<")
			.doesNotContain("1 records", "class records");
		assertThat(teacher.get(classPage()).body()).contains("Sign 2 records<");
		teacher.get(classPage() + "?lang=vi");
	}

	@Test
	void withoutACertificateThePageSaysWhereToGetOne() {

		String page = client(org.schoolA.homeroomTeacher).get(classPage()).body();

		assertThat(page).contains("id=\"no-certificate\"", "href=\"/certificates/mine\"")
			.doesNotContain("id=\"signing-form\"");
		assertThat(post(client(org.schoolA.homeroomTeacher), classPage(), form("role", "TEACHER", "password",
				PASSWORD)).body()).contains("Bạn chưa có chứng thư số còn hiệu lực để ký bước này.");
		assertThat(stateOf(khang)).isEqualTo("DRAFT");
	}

	@Test
	void othersAreKeptOut() {

		assertThat(client(org.schoolB.homeroomTeacher).get(classPage()).statusCode()).isEqualTo(403);
		assertThat(client(org.schoolA.subjectTeacher).get(classPage()).statusCode()).isEqualTo(403);
		assertThat(client(org.schoolB.principal).get(classPage()).statusCode()).isEqualTo(403);
		assertThat(client(org.schoolB.principal).get(schoolPage()).statusCode()).isEqualTo(403);
		assertThat(client(org.schoolA.homeroomTeacher).get(schoolPage()).statusCode()).isEqualTo(403);
		assertThat(client(org.schoolB.clerk).get("/signing/records/" + khang).statusCode()).isEqualTo(403);
		assertThat(post(client(org.schoolB.homeroomTeacher), classPage(), form("role", "TEACHER", "password",
				PASSWORD)).statusCode()).isEqualTo(403);
		assertThat(client(org.schoolA.principal).get("/signing/classes/0").statusCode()).isEqualTo(404);
		assertThat(stateOf(khang)).isEqualTo("DRAFT");
	}

	@Test
	void theApprovalTaskLeadsToTheSigningPage() {

		String instance = runtime.createProcessInstanceByKey("classRecordBookProcess")
			.businessKey("class-" + org.schoolA.class4a)
			.setVariables(Map.of("classId", org.schoolA.class4a, "schoolId", org.schoolA.id, "schoolYearId",
					org.yearId, "departmentId", org.departmentId))
			.startBeforeActivity("Task_ApproveClassAsTeacher")
			.execute()
			.getId();
		try {
			String taskId = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
			String page = client(org.schoolA.homeroomTeacher).get("/tasks/" + taskId).body();
			assertThat(page).contains("id=\"sign-page\"", "href=\"" + classPage() + "\"", "Ký số");
		}
		finally {
			runtime.deleteProcessInstance(instance, "test");
		}
	}

	@Test
	void aKeyKeptElsewhereGoesThroughTheExternalSignerAndGarbageIsRefused(
			@TempDir Path folder) throws Exception {

		// A certificate whose key the teacher holds herself: the server keeps no key for it.
		SigningCertificate certificate = authority.issueForStaff(teacherId, CertificateRole.TEACHER,
				PASSWORD.toCharArray());
		Path pkcs12 = Files.write(folder.resolve("gv.p12"), authority.holderPkcs12(certificate.getId()));
		jdbc.update("delete from signing_keystore where certificate_id = ?", certificate.getId());
		WebClient teacher = client(org.schoolA.homeroomTeacher);

		assertThat(teacher.get(classPage()).body()).contains("Ký 2 học bạ", "không lưu trên hệ thống")
			.doesNotContain("type=\"password\"");
		String batch = post(teacher, classPage(), form("role", "TEACHER")).uri().getPath();
		String waiting = untilFinished(teacher, batch);
		assertThat(waiting).contains("\"state\":\"WAITING_FOR_SIGNER\"", "\"waiting\":2");
		assertThat(teacher.get(batch).body()).contains("id=\"external-requests\"", "ExternalSignerCommand",
				"--requests=", "id=\"external-upload\"");

		// Garbage is refused with a message and signs nothing.
		assertThat(upload(teacher, batch, "không phải JSON".getBytes(StandardCharsets.UTF_8)).body())
			.contains("id=\"refusal\"");
		assertThat(upload(teacher, batch, "{\"responses\":[{\"id\":\"x\",\"signature\":\"@@\"}]}"
			.getBytes(StandardCharsets.UTF_8)).body()).contains("id=\"refusal\"");
		assertThat(stateOf(khang)).isEqualTo("DRAFT");
		assertThat(client(org.schoolA.principal).download(batch + "/requests.json").statusCode()).isEqualTo(404);

		// Asked for while the batch still prepares its digests: not a 404, but "try again in a moment".
		jdbc.update("update signing_batch set state = 'RUNNING' where id = ?::uuid", batchId(batch));
		HttpResponse<byte[]> preparing = teacher.download(batch + "/requests.json");
		assertThat(preparing.statusCode()).isEqualTo(409);
		assertThat(new String(preparing.body(), StandardCharsets.UTF_8)).contains("thử lại sau giây lát");
		jdbc.update("update signing_batch set state = 'WAITING_FOR_SIGNER' where id = ?::uuid", batchId(batch));

		// The command-line signer answers the requests; the upload completes the batch.
		HttpResponse<byte[]> requests = teacher.download(batch + "/requests.json");
		assertThat(requests.statusCode()).isEqualTo(200);
		Path requestFile = Files.write(folder.resolve("requests.json"), requests.body());
		Path responseFile = folder.resolve("responses.json");
		int exit = ExternalSignerCommand.run(new String[] { "--pkcs12=" + pkcs12, "--password-env=SIGNER_PASSWORD",
				"--requests=" + requestFile, "--out=" + responseFile }, Map.of("SIGNER_PASSWORD", PASSWORD),
				new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
		assertThat(exit).isZero();

		// Answers signed with another key are refused as a whole; the batch keeps waiting for the right ones.
		TestPki otherPki = new TestPki(KeyType.EC_P256);
		TestPki.Signer other = otherPki.teacher();
		Path otherKey = Files.write(folder.resolve("other.p12"), Pkcs12.create(other.keys().getPrivate(),
				other.certificate(), otherPki.root, PASSWORD.toCharArray()));
		Path otherResponses = folder.resolve("other-responses.json");
		assertThat(ExternalSignerCommand.run(new String[] { "--pkcs12=" + otherKey, "--password-env=SIGNER_PASSWORD",
				"--requests=" + requestFile, "--out=" + otherResponses }, Map.of("SIGNER_PASSWORD", PASSWORD),
				new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream())))
			.isEqualTo(2);
		String foreign = new String(Files.readAllBytes(responseFile), StandardCharsets.UTF_8)
			.replace(Base64.getEncoder().encodeToString(certificate.certificate().getEncoded()),
					Base64.getEncoder().encodeToString(other.certificate().getEncoded()));
		assertThat(upload(teacher, batch, foreign.getBytes(StandardCharsets.UTF_8)).body()).contains(
				"id=\"refusal\"", "chứng thư số khác", "lô ký vẫn chờ", "id=\"external-upload\"");
		assertThat(untilFinished(teacher, batch)).contains("\"state\":\"WAITING_FOR_SIGNER\"", "\"signed\":0",
				"\"waiting\":2", "\"skipped\":1");

		assertThat(upload(teacher, batch, Files.readAllBytes(responseFile)).body()).contains("Đã ký 2 học bạ.",
				"Bùi Gia Huy");
		assertThat(stateOf(khang)).isEqualTo("SIGNED_BY_TEACHER");
		assertThat(stateOf(ha)).isEqualTo("SIGNED_BY_TEACHER");

		// The batch is done: its requests are no longer offered, and it says so rather than "not found".
		HttpResponse<byte[]> done = teacher.download(batch + "/requests.json");
		assertThat(done.statusCode()).isEqualTo(409);
		assertThat(new String(done.body(), StandardCharsets.UTF_8)).contains("không chờ chữ ký");
	}

	@Test
	void aCertificateForAnExternalSignerIsIssuedOnceAndSignsThroughTheCommand(@TempDir Path folder)
			throws Exception {

		// The teacher asks on her page for a certificate for her token: the PKCS#12 comes back once, as a file.
		WebClient teacher = client(org.schoolA.homeroomTeacher);
		assertThat(teacher.get("/certificates/mine").body()).contains("id=\"external-form\"");
		HttpResponse<byte[]> issued = postForFile(teacher, "/certificates/mine/external",
				form("role", "TEACHER", "password", PASSWORD, "passwordAgain", PASSWORD));
		assertThat(issued.statusCode()).isEqualTo(200);
		assertThat(issued.headers().firstValue("Content-Disposition").orElseThrow()).contains(".p12");
		Path pkcs12 = Files.write(folder.resolve("gv.p12"), issued.body());
		long certificateId = jdbc.queryForObject("select id from signing_certificate where staff_id = ?", Long.class,
				teacherId);
		assertThat(jdbc.queryForObject("select count(*) from signing_keystore where certificate_id = ?",
				Integer.class, certificateId)).isZero();
		assertThat(teacher.get("/certificates/mine").body()).doesNotContain("/pkcs12");
		assertThat(teacher.download("/certificates/" + certificateId + "/pkcs12").statusCode()).isEqualTo(404);

		// The page names her certificate readably: name, personal ID, school code; no OIDs, no hex.
		assertThat(teacher.get(classPage()).body()).contains("CCCD " + jdbc.queryForObject(
				"select personal_id from staff where id = ?", String.class, teacherId))
			.doesNotContain("2.5.4.5", "2.5.4.97");

		// Her class goes to the external signer; the command signs with the downloaded file; the upload completes.
		String batch = post(teacher, classPage(), form("role", "TEACHER")).uri().getPath();
		assertThat(untilFinished(teacher, batch)).contains("\"state\":\"WAITING_FOR_SIGNER\"", "\"waiting\":2");
		Path requestFile = Files.write(folder.resolve("requests.json"),
				teacher.download(batch + "/requests.json").body());
		Path responseFile = folder.resolve("responses.json");
		int exit = ExternalSignerCommand.run(new String[] { "--pkcs12=" + pkcs12, "--password-env=SIGNER_PASSWORD",
				"--requests=" + requestFile, "--out=" + responseFile }, Map.of("SIGNER_PASSWORD", PASSWORD),
				new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
		assertThat(exit).isZero();

		assertThat(upload(teacher, batch, Files.readAllBytes(responseFile)).body()).contains("Đã ký 2 học bạ.");
		assertThat(stateOf(khang)).isEqualTo("SIGNED_BY_TEACHER");
		assertThat(stateOf(ha)).isEqualTo("SIGNED_BY_TEACHER");
	}

	@Test
	void aSecondExternalCertificateIsRefusedAndNothingIsStored() {

		WebClient teacher = client(org.schoolA.homeroomTeacher);
		assertThat(postForFile(teacher, "/certificates/mine/external",
				form("role", "TEACHER", "password", PASSWORD, "passwordAgain", "khac-" + PASSWORD)).statusCode())
			.isEqualTo(302);
		assertThat(teacher.get("/certificates/mine").body()).contains("Hai mật khẩu không giống nhau");
		assertThat(jdbc.queryForObject("select count(*) from signing_certificate where staff_id = ?", Integer.class,
				teacherId)).isZero();
		assertThat(postForFile(teacher, "/certificates/mine/external",
				form("role", "PRINCIPAL", "password", PASSWORD, "passwordAgain", PASSWORD)).statusCode())
			.isEqualTo(302);
		assertThat(jdbc.queryForObject("select count(*) from signing_certificate where staff_id = ?", Integer.class,
				teacherId)).isZero();
	}

	private long completeRecord(String name) {
		YearRecord record = records.open(org.pupil(org.schoolA.class4a, name), org.schoolA.class4a, teacherId);
		YearRecord filled = records.change(record.getId(), record.getVersion(), teacherId, FilledRecords::completing);
		return records.markComplete(filled.getId(), filled.getVersion(), teacherId).getId();
	}

	private String classPage() {
		return "/signing/classes/" + org.schoolA.class4a;
	}

	private String schoolPage() {
		return "/signing/schools/" + org.schoolA.id;
	}

	private String stateOf(long recordId) {
		return jdbc.queryForObject("select state from year_record where id = ?", String.class, recordId);
	}

	private long pupilOf(long recordId) {
		return jdbc.queryForObject("select pupil_id from year_record where id = ?", Long.class, recordId);
	}

	private WebClient client(String username) {
		WebClient client = new WebClient(port);
		client.login(username, OrganisationFixture.PASSWORD);
		return client;
	}

	/** Posts the external signer's answers as the upload form does, CSRF token first. */
	private static HttpResponse<String> upload(WebClient client, String batch, byte[] content) {
		return PageForms.upload(client, batch + "/responses", Map.of(), "responses.json", "application/json",
				content);
	}


	/** Polls the progress as the batch page's script does, until the batch no longer runs. */
	private static String untilFinished(WebClient client, String batch) {
		return PageForms.untilFinished(client, batch, Duration.ofMinutes(1));
	}

	private static String batchId(String batchPath) {
		return batchPath.substring(batchPath.lastIndexOf('/') + 1);
	}

}
