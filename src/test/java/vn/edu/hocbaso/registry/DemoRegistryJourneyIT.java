package vn.edu.hocbaso.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static vn.edu.hocbaso.testing.DemoCityJourney.PASSWORD;
import static vn.edu.hocbaso.testing.DemoCityJourney.signInOneBatch;
import static vn.edu.hocbaso.testing.DemoCityJourney.taskOf;
import static vn.edu.hocbaso.testing.PageForms.form;
import static vn.edu.hocbaso.testing.PageForms.post;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.edu.hocbaso.schoolyear.DeadlineKind;
import vn.edu.hocbaso.schoolyear.Deadlines;
import vn.edu.hocbaso.signing.SchoolIssueKeys;
import vn.edu.hocbaso.system.OwnerDatabase;
import vn.edu.hocbaso.testing.DemoCityJourney;
import vn.edu.hocbaso.testing.WebClient;

/**
 * The demo city's journey of issue 6, walked as its demo users would, over HTTP: the department officer follows
 * last school year's transaction to that year's locked records of the school; the class 4A of school 1 is
 * signed by its homeroom teacher, the principal and the clerk and submitted, and the department officer sees it
 * accepted; the clerk replaces one record before the close-off and its old lookup code reads "superseded by" the
 * new one on the public page; the engine's clock passes the main close-off and the due timers lock the school's
 * records, after which an edit fails in the class grid, through the transaction interface and with SQL as the
 * application's role; anyone sees a locked record and its proof on the public page; the audit command names
 * exactly the record whose bytes the owner altered; the offline command verifies a downloaded record with the
 * public files, and a changed byte fails it. The steps build on each other, so they run in order on a demo city
 * of their own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoRegistryJourneyIT {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Executable jobs run in rounds (a timer's job creates the next); far more rounds than the year has. */
	private static final int JOB_ROUNDS = 20;

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) throws IOException {
		DemoCityJourney.ownDatabase(registry, "hocbaso-demo-registry-");
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OwnerDatabase owner;

	@Autowired
	ManagementService management;

	@Autowired
	Deadlines deadlines;

	@Autowired
	SchoolIssueKeys issueKeys;

	@Autowired
	RegistryAuditCommand audit;

	@Autowired
	ObjectMapper json;

	long classId;

	long schoolId;

	long yearId;

	/** The record the clerk replaces, and its replacement. */
	long replacedId;

	long replacementId;

	/** Another record of 4A, which stays as the class submitted it. */
	long keptId;

	@BeforeAll
	void theDemoClass() {
		classId = jdbc.queryForObject("""
				select r.class_id from staff_role r join account a on a.staff_id = r.staff_id
				join school_class c on c.id = r.class_id join school_year y on y.id = c.school_year_id
				where a.username = 'gvcn1.4a' and r.role = 'HOMEROOM_TEACHER'
				order by y.start_year desc limit 1""", Long.class);
		schoolId = jdbc.queryForObject("select school_id from school_class where id = ?", Long.class, classId);
		yearId = jdbc.queryForObject("select school_year_id from school_class where id = ?", Long.class, classId);
	}

	@AfterAll
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	@Order(0)
	void theOfficerFollowsLastYearsTransactionToTheLockedRecordsOfThatYear() {

		Map<String, Object> history = jdbc.queryForMap("""
				select t.message_id, t.school_year, count(r.id) as records from registry_transaction t
				join registry_record r on r.transaction_id = t.id
				where t.school_id = ? and r.status = 'LOCKED' group by t.id order by t.id limit 1""", schoolId);
		int lastYear = ((Number) history.get("school_year")).intValue();
		String yearName = lastYear + "-" + (lastYear + 1);
		long records = ((Number) history.get("records")).longValue();
		String lastYearsPage = "/registry/schools/" + schoolId + "?year=" + lastYear;
		WebClient officer = client("canbo.so");

		String row = between(officer.get("/registry").body(), "data-message-id=\"" + history.get("message_id"),
				"</tr>");
		assertThat(row).contains("class=\"transaction-school\"", "href=\"" + lastYearsPage + "\"", yearName);
		String list = officer.get(lastYearsPage).body();
		assertThat(list).contains("năm học " + yearName);
		assertThat(Pattern.compile("data-status=\"LOCKED\"").matcher(list).results().count()).isEqualTo(records);
		assertThat(between(officer.get("/registry?year=" + lastYear).body(), "id=\"school-" + schoolId + "\"",
				"</tr>")).contains(lastYearsPage + "&amp;status=LOCKED\" class=\"number locked\">" + records + "<");

		// A record of that year names its year and the class it was issued in.
		Map<String, Object> locked = jdbc.queryForMap("""
				select r.lookup_code, c.name, c.grade from registry_record r
				join enrolment e on e.pupil_id = r.pupil_id
				join school_class c on c.id = e.class_id and c.school_year_id = r.school_year_id
				join school_year y on y.id = r.school_year_id
				where r.school_id = ? and y.start_year = ? and r.status = 'LOCKED' order by r.id limit 1""",
				schoolId, lastYear);
		assertThat(officer.get("/registry/records/" + locked.get("lookup_code")).body()).contains(
				"href=\"" + lastYearsPage + "\">" + yearName + "<", "id=\"record-class\">" + locked.get("name") + "<",
				"id=\"record-grade\">" + locked.get("grade") + "<");
	}

	@Test
	@Order(1)
	void theClassIsSignedAndSubmittedAndTheDepartmentSeesItAccepted() {

		WebClient teacher = client("gvcn1.4a");
		String preparation = taskOf(teacher, "Task_PrepareClass");
		assertThat(post(teacher, "/tasks/" + preparation + "/complete", Map.of()).uri().getPath())
			.isEqualTo("/tasks");
		int records = recordsOf4a();
		assertThat(signInOneBatch(teacher, "/signing/classes/" + classId, form("role", "TEACHER")))
			.contains("\"state\":\"DONE\"", "\"signed\":" + records);
		assertThat(signInOneBatch(client("hieutruong1"), "/signing/schools/" + schoolId,
				form("role", "PRINCIPAL", "classId", classId))).contains("\"signed\":" + records);
		WebClient clerk = client("vanthu1");
		assertThat(signInOneBatch(clerk, "/signing/schools/" + schoolId,
				form("role", "SCHOOL_ISSUE", "classId", classId))).contains("\"signed\":" + records);

		assertThat(clerk.get("/classes/" + classId).body()).contains("Sở đã nhận " + records + " học bạ, từ chối 0");
		WebClient officer = client("canbo.so");
		String overview = officer.get("/registry").body();
		assertThat(between(overview, "id=\"school-" + schoolId + "\"", "</tr>"))
			.contains("class=\"number accepted\">" + records + "<");
		replacedId = recordOf4a(0);
		keptId = recordOf4a(1);
		HttpResponse<String> record = officer.get("/registry/records/" + lookupCode(replacedId));
		assertThat(record.statusCode()).isEqualTo(200);
		assertThat(record.body()).contains("data-status=\"ACCEPTED\"", pupilName(replacedId));
	}

	@Test
	@Order(2)
	void theClerkReplacesARecordBeforeTheCloseOffAndTheOldCodeReadsSuperseded() {

		UUID oldCode = lookupCode(replacedId);
		WebClient clerk = client("vanthu1");
		String correction = "/records/" + replacedId + "/correction";
		assertThat(clerk.get(correction).body()).contains("id=\"kind-REPLACE\"");

		HttpResponse<String> started = post(clerk, correction, form("kind", "REPLACE", "reason",
				"Sai chiều cao của học sinh.", "keyPassword", PASSWORD));

		assertThat(started.body()).contains("Đã tạo học bạ thay thế").doesNotContain("id=\"refusal\"");
		replacementId = jdbc.queryForObject("select id from year_record where replaces_id = ?", Long.class,
				replacedId);
		WebClient teacher = client("gvcn1.4a");
		String preparation = taskOf(teacher, "Task_PrepareRecord");
		assertThat(post(teacher, "/tasks/" + preparation + "/complete", Map.of()).body())
			.doesNotContain("id=\"refusal\"");
		String page = "/signing/records/" + replacementId;
		assertThat(signInOneBatch(teacher, page, form("role", "TEACHER"))).contains("\"signed\":1");
		assertThat(signInOneBatch(client("hieutruong1"), page, form("role", "PRINCIPAL"))).contains("\"signed\":1");
		assertThat(signInOneBatch(clerk, page, form("role", "SCHOOL_ISSUE"))).contains("\"signed\":1");

		UUID newCode = lookupCode(replacementId);
		assertThat(newCode).isNotEqualTo(oldCode);
		HttpResponse<String> old = new WebClient(port).get("/verify/" + oldCode);
		assertThat(old.statusCode()).isEqualTo(200);
		assertThat(old.body()).contains("Đã được thay thế", "được thay thế bởi học bạ",
				"href=\"/verify/" + newCode + "\"");
		assertThat(new WebClient(port).get("/verify/" + newCode).body()).contains("Đã được Sở tiếp nhận");
		assertThat(client("canbo.so").get("/registry/records/" + oldCode).body())
			.contains("data-status=\"SUPERSEDED\"", "href=\"/registry/records/" + newCode + "\"");
	}

	@Test
	@Order(3)
	void theCloseOffLocksTheSchoolsRecordsAndEveryEditFails() throws Exception {

		Instant closeOff = deadlines.at(DeadlineKind.MAIN_CLOSE_OFF, schoolId, yearId);
		try {
			ClockUtil.setCurrentTime(Date.from(closeOff.plus(Duration.ofMinutes(1))));
			runDueJobs();
		}
		finally {
			ClockUtil.reset();
		}
		assertThat(registryStatus(keptId)).isEqualTo("LOCKED");
		assertThat(registryStatus(replacementId)).isEqualTo("LOCKED");
		assertThat(registryStatus(replacedId)).isEqualTo("SUPERSEDED");
		String overview = client("canbo.so").get("/registry").body();
		assertThat(between(overview, "id=\"school-" + schoolId + "\"", "</tr>"))
			.contains("class=\"number accepted\">0<", "class=\"number locked\">" + recordsOf4a() + "<",
					"class=\"number superseded\">1<");
		String storedBefore = stored(keptId);

		// The class grid: the locked record's cells are read only, and a posted edit is refused with a message.
		WebClient teacher = client("gvcn1.4a");
		String grid = teacher.get("/classes/" + classId + "/grid").body();
		assertThat(grid).contains("class=\"read-only\" id=\"f." + keptId + ".teacherRemark\"");
		HttpResponse<String> edit = post(teacher, "/classes/" + classId + "/grid", form("v." + keptId,
				versionIn(grid, keptId), "f." + keptId + ".teacherRemark", "Em đã tiến bộ rất nhiều."));
		assertThat(edit.body()).contains("id=\"message-" + keptId + "\"",
				"Học bạ đã khoá sổ, không thể sửa; chỉ còn cách gửi đề nghị thu hồi lên Sở.");

		// The correction page: no withdrawal or replacement any more, only a revocation request.
		WebClient clerk = client("vanthu1");
		String correction = "/records/" + keptId + "/correction";
		assertThat(clerk.get(correction).body()).contains("id=\"kind-REVOKE\"")
			.doesNotContain("id=\"kind-WITHDRAW\"", "id=\"kind-REPLACE\"");
		assertThat(post(clerk, correction, form("kind", "WITHDRAW", "reason", "Học sinh chuyển trường.",
				"keyPassword", PASSWORD)).body()).contains("id=\"refusal\"", "Học bạ đã khoá sổ");

		// The transaction interface: a withdrawal sealed with the school's issue key is refused LOCKED.
		HttpResponse<String> answer = sendTransaction(withdrawal(keptId));
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		JsonNode item = JSON.readTree(answer.body()).get("DanhSachHocBa").get(0);
		assertThat(item.get("trang_thai").asInt()).isEqualTo(3);
		assertThat(item.get("error").asText()).isEqualTo("LOCKED");
		assertThat(item.get("error_description").asText()).contains("khoá sổ");

		// SQL as the application's own database role, through its pool.
		UUID locked = lookupCode(keptId);
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> jdbc
			.update("update registry_record set xml = ? where lookup_code = ?", "<HOC_BA/>".getBytes(), locked));
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> jdbc
			.update("update registry_record set status = 'WITHDRAWN' where lookup_code = ?", locked));
		assertThat(stored(keptId)).isEqualTo(storedBefore);
	}

	@Test
	@Order(4)
	void thePublicPageShowsALockedRecordWithItsSignersAndProof() throws Exception {

		UUID code = lookupCode(replacementId);
		WebClient visitor = new WebClient(port);

		HttpResponse<String> page = visitor.get("/verify/" + code);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Đã chốt", pupilName(replacementId), "id=\"signers-GVCN\"",
				"id=\"signers-CBQL\"", "id=\"signers-KY_PHAT_HANH\"", "Cả ba chữ ký số", "id=\"leaf-index\"",
				"id=\"audit-path\"", "id=\"checkpoint\"", "id=\"download-proof\"");
		JsonNode record = JSON.readTree(visitor.getJson("/verify/" + code + ".json").body());
		assertThat(record.get("status").asText()).isEqualTo("LOCKED");
		assertThat(record.get("signaturesValid").asBoolean()).isTrue();
		assertThat(record.get("signatures")).extracting(node -> node.get("block").asText())
			.containsExactly("GVCN", "CBQL", "KY_PHAT_HANH");
		assertThat(record.at("/inclusionProof/treeSize").asLong()).isPositive();
	}

	@Test
	@Order(5)
	void theAuditNamesExactlyTheRecordWhoseBytesTheOwnerAltered() {

		assertThat(runAudit()).as(audited).isZero();
		UUID altered = lookupCode(keptId);
		byte[] original = jdbc.queryForObject("select xml from registry_record where lookup_code = ?", byte[].class,
				altered);
		String text = new String(original, StandardCharsets.UTF_8);
		byte[] changed = text.replace("<TEN_LOP>4A</TEN_LOP>", "<TEN_LOP>4B</TEN_LOP>")
			.getBytes(StandardCharsets.UTF_8);
		assertThat(changed).isNotEqualTo(original);

		OwnerTampering.overwrite(owner, altered, changed);
		try {
			assertThat(runAudit()).as(audited).isEqualTo(1);
			assertThat(audited.lines().filter(line -> line.startsWith("ALTERED"))).containsExactly("ALTERED record "
					+ altered + ": its stored bytes no longer match its leaf in the transparency log");
		}
		finally {
			OwnerTampering.overwrite(owner, altered, original);
		}
		assertThat(runAudit()).as(audited).isZero();
	}

	@Test
	@Order(6)
	void theOfflineCommandVerifiesADownloadedRecordAndAChangedByteFailsIt(@TempDir Path dir) throws Exception {

		UUID code = lookupCode(replacementId);
		WebClient teacher = client("gvcn1.4a");
		String pupilPage = teacher.get("/pupils/" + pupilOf(replacementId)).body();
		String signedXml = "/records/" + replacementId + "/signed.xml";
		assertThat(pupilPage).contains("href=\"" + signedXml + "\"", "id=\"registry-" + code + "\"",
				"id=\"registry-" + lookupCode(replacedId) + "\"", "href=\"/verify/" + code + "\"");
		assertThat(between(pupilPage, "id=\"registry-" + code + "\"", "</li>")).contains("Đã chốt");
		HttpResponse<byte[]> signed = teacher.download(signedXml);
		assertThat(signed.statusCode()).isEqualTo(200);
		Files.write(dir.resolve("record.xml"), signed.body());
		downloadPublicFiles(code, dir);

		assertThat(verifyOffline(dir)).as(verified).isZero();

		byte[] changed = signed.body().clone();
		String text = new String(changed, StandardCharsets.UTF_8);
		int at = text.indexOf("<TEN_LOP>4A") + "<TEN_LOP>4".length();
		changed[text.substring(0, at).getBytes(StandardCharsets.UTF_8).length] = 'B';
		Files.write(dir.resolve("record.xml"), changed);

		assertThat(verifyOffline(dir)).as(verified).isEqualTo(1);
		assertThat(verified).contains("FAILED signature GVCN",
				"FAILED the inclusion proof does not lead from this record's bytes to the checkpoint's root");
	}

	@Test
	@Order(7)
	void lastYearsDemoRecordIsVerifiedOfflineWithTheFileTheRegistryHolds(@TempDir Path dir) throws Exception {

		Map<String, Object> lastYear = jdbc.queryForMap("""
				select r.pupil_id, r.lookup_code from registry_record r join school_year y on y.id = r.school_year_id
				where r.status = 'LOCKED' and y.start_year < (select max(start_year) from school_year)
				order by r.id limit 1""");
		long pupil = ((Number) lastYear.get("pupil_id")).longValue();
		UUID code = (UUID) lastYear.get("lookup_code");
		String file = "/pupils/" + pupil + "/registry/" + code + ".xml";
		WebClient teacher = client("gvcn1.4a");
		assertThat(teacher.get("/pupils/" + pupil).body()).contains("href=\"" + file + "\"");

		HttpResponse<byte[]> held = teacher.download(file);
		assertThat(held.statusCode()).isEqualTo(200);
		Files.write(dir.resolve("record.xml"), held.body());
		downloadPublicFiles(code, dir);

		assertThat(verifyOffline(dir)).as(verified).isZero();
		assertThat(client("vanthu2").get(file).statusCode()).as("another school's clerk").isEqualTo(404);
		assertThat(new WebClient(port).get(file).statusCode()).as("no login").isNotEqualTo(200);
	}

	/** The files of the record's public page that the offline command needs besides the record, as anyone gets them. */
	private void downloadPublicFiles(UUID code, Path dir) throws IOException {
		WebClient visitor = new WebClient(port);
		Files.write(dir.resolve("proof.json"), fetched(visitor, "/verify/" + code + "/proof.json"));
		Files.write(dir.resolve("checkpoint.txt"), fetched(visitor, "/verify/" + code + "/checkpoint.txt"));
		Files.write(dir.resolve("department-key.pem"), fetched(visitor, "/verify/" + code + "/department-key.pem"));
		Files.write(dir.resolve("root.pem"), fetched(visitor, "/certificates/root.pem"));
	}

	/** Runs what the job executor would at the moved clock, round after round, until nothing is due. */
	private void runDueJobs() {
		for (int round = 0; round < JOB_ROUNDS; round++) {
			List<Job> due = management.createJobQuery().executable().list();
			if (due.isEmpty()) {
				return;
			}
			due.forEach(job -> management.executeJob(job.getId()));
		}
		throw new AssertionError("Jobs still due after " + JOB_ROUNDS + " rounds");
	}

	/** A type-5 withdrawal ("RUT") of the record, sealed with the school's issue key as the clerk unlocks it. */
	private TransactionRequest withdrawal(long recordId) {

		long clerk = jdbc.queryForObject("select staff_id from account where username = 'vanthu1'", Long.class);
		SchoolIssueKeys.UnlockedIssueKey key = issueKeys.unlock(clerk, PASSWORD.toCharArray());
		Map<String, Object> sender = jdbc.queryForMap("""
				select s.ministry_code, y.start_year from school s, school_year y where s.id = ? and y.id = ?""",
				schoolId, yearId);
		RevocationItem item = jdbc.queryForObject("""
				select r.lookup_code, p.ministry_code, p.personal_id, p.full_name
				from year_record r join pupil p on p.id = r.pupil_id where r.id = ?""",
				(rs, i) -> new RevocationItem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						"Học sinh chuyển trường."), recordId);
		AuthenticationRequest envelope = new AuthenticationRequest(null, null, null,
				(String) sender.get("ministry_code"), ((Number) sender.get("start_year")).intValue(),
				"journey-" + UUID.randomUUID(), TransactionType.REVOKE, RevocationContent.WITHDRAW);

		return TransactionSignature.sign(new TransactionRequest(envelope,
				TransactionContent.encode(RevocationContent.write(List.of(item))), null), key.key(), key.certificate());
	}

	/** Posts the transaction as an outside school system does: JSON, no login. */
	private HttpResponse<String> sendTransaction(TransactionRequest request) throws IOException {
		return new WebClient(port).send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/registry/transactions"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(request)))
			.build());
	}


	String audited;

	/** The audit as {@code --audit-registry} runs it; what it printed is kept in {@link #audited}. */
	private int runAudit() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exitCode = audit.run(new PrintStream(out, true, StandardCharsets.UTF_8));
		audited = out.toString(StandardCharsets.UTF_8);
		return exitCode;
	}

	String verified;

	/** The offline command as {@code --verify-offline} runs it on the files in {@code dir}. */
	private int verifyOffline(Path dir) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exitCode = OfflineVerification.run(new String[] { "--verify-offline",
				"--record=" + dir.resolve("record.xml"), "--proof=" + dir.resolve("proof.json"),
				"--checkpoint=" + dir.resolve("checkpoint.txt"),
				"--department-key=" + dir.resolve("department-key.pem"), "--root=" + dir.resolve("root.pem") },
				new PrintStream(out, true, StandardCharsets.UTF_8));
		verified = out.toString(StandardCharsets.UTF_8);
		return exitCode;
	}

	private static byte[] fetched(WebClient client, String path) {
		HttpResponse<byte[]> file = client.download(path);
		assertThat(file.statusCode()).as(path).isEqualTo(200);
		return file.body();
	}

	/** The record's version as the grid page carries it in its hidden field. */
	private static String versionIn(String grid, long recordId) {
		Matcher version = Pattern.compile("name=\"v\\." + recordId + "\" value=\"(\\d+)\"").matcher(grid);
		assertThat(version.find()).as("the version of record " + recordId + " on the grid").isTrue();
		return version.group(1);
	}

	private int recordsOf4a() {
		return jdbc.queryForObject("select count(*) from year_record where class_id = ? and replaces_id is null",
				Integer.class, classId);
	}

	private long recordOf4a(int index) {
		return jdbc.queryForList("select id from year_record where class_id = ? order by id", Long.class, classId)
			.get(index);
	}

	private UUID lookupCode(long recordId) {
		return jdbc.queryForObject("select lookup_code from year_record where id = ?", UUID.class, recordId);
	}

	private long pupilOf(long recordId) {
		return jdbc.queryForObject("select pupil_id from year_record where id = ?", Long.class, recordId);
	}

	private String pupilName(long recordId) {
		return jdbc.queryForObject("""
				select p.full_name from pupil p join year_record r on r.pupil_id = p.id where r.id = ?""",
				String.class, recordId);
	}

	private String registryStatus(long recordId) {
		return jdbc.queryForObject("select status from registry_record where lookup_code = ?", String.class,
				lookupCode(recordId));
	}

	/** The whole registry row as the owner reads it. */
	private String stored(long recordId) {
		return new JdbcTemplate(owner.dataSource()).queryForObject(
				"select to_jsonb(r)::text from registry_record r where lookup_code = ?", String.class,
				lookupCode(recordId));
	}

	private WebClient client(String username) {
		return DemoCityJourney.signedIn(port, username);
	}

	private static String between(String text, String from, String to) {
		int start = text.indexOf(from);
		assertThat(start).as(from).isNotNegative();
		return text.substring(start, text.indexOf(to, start));
	}

}
