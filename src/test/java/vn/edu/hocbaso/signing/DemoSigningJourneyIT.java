package vn.edu.hocbaso.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static vn.edu.hocbaso.testing.DemoCityJourney.signInOneBatch;
import static vn.edu.hocbaso.testing.DemoCityJourney.taskOf;
import static vn.edu.hocbaso.testing.PageForms.form;
import static vn.edu.hocbaso.testing.PageForms.post;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.edu.hocbaso.record.RecordApprovals;
import vn.edu.hocbaso.record.SignedRecord;
import vn.edu.hocbaso.testing.DemoCityJourney;
import vn.edu.hocbaso.testing.WebClient;
import vn.edu.hocbaso.workflow.ClassBooks;

/**
 * The demo city's journey of issue 5, walked over HTTP by its demo users as a new user would: the homeroom
 * teacher of 4A of school 1 finishes preparing her class and signs it in one batch, the principal signs the
 * school, the clerk adds the school's issue signature and the class is submitted to the department's registry,
 * which accepts it (the clerk's batch seals the transaction, the book's step sends it). A downloaded record then holds
 * three signatures for the JDK's XML signature API alone and for Debian's xmlsec1 with the demo root fetched from
 * the app; one changed character of the pupil's name names the broken signatures. The steps build on each other,
 * so they run in order on a demo city of their own: signing moves 4A on for good, and the other tests read the
 * shared demo city's 4A as freshly seeded (its preparation task waiting, its records drafts).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoSigningJourneyIT {

	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) throws IOException {
		DemoCityJourney.ownDatabase(registry, "hocbaso-demo-journey-");
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ClassBooks books;

	@Autowired
	RecordApprovals approvals;

	@Autowired
	RecordVerification verification;

	long classId;

	long schoolId;

	@Test
	@Order(1)
	void theHomeroomTeacherPreparesAndSignsHerClassInOneBatch() {

		classId = jdbc.queryForObject("""
				select r.class_id from staff_role r join account a on a.staff_id = r.staff_id
				join school_class c on c.id = r.class_id join school_year y on y.id = c.school_year_id
				where a.username = 'gvcn1.4a' and r.role = 'HOMEROOM_TEACHER'
				order by y.start_year desc limit 1""", Long.class);
		schoolId = jdbc.queryForObject("select school_id from school_class where id = ?", Long.class, classId);
		WebClient teacher = client("gvcn1.4a");

		String preparation = taskOf(teacher, "Task_PrepareClass");
		String list = teacher.get("/tasks").body();
		String row = list.substring(list.indexOf("id=\"task-" + preparation + "\""));
		assertThat(row.substring(0, row.indexOf("</tr>"))).contains(">Chuẩn bị học bạ của lớp</a>", "4A");
		HttpResponse<String> done = post(teacher, "/tasks/" + preparation + "/complete", Map.of());
		assertThat(done.body()).as("the demo records of 4A pass the checks").doesNotContain("id=\"refusal\"");
		assertThat(done.uri().getPath()).isEqualTo("/tasks");
		assertThat(books.currentStep(classId)).contains("Task_ApproveClassAsTeacher");

		String approval = taskOf(teacher, "Task_ApproveClassAsTeacher");
		String page = teacher.get("/tasks/" + approval).body();
		assertThat(page).contains("/signing/classes/" + classId);
		int records = recordsOf4a();
		assertThat(teacher.get("/signing/classes/" + classId).body()).contains("Ký " + records + " học bạ");

		String json = signInOneBatch(teacher, "/signing/classes/" + classId, form("role", "TEACHER"));
		assertThat(json).contains("\"state\":\"DONE\"", "\"signed\":" + records, "\"skipped\":0");
		assertThat(statesOf4a()).containsOnly("SIGNED_BY_TEACHER").hasSize(records);
		assertThat(teacher.get("/tasks").body()).doesNotContain("data-task-key=\"Task_ApproveClassAsTeacher\"");
		assertThat(client("hieutruong1").get("/tasks").body())
			.contains("data-task-key=\"Task_ApproveClassAsPrincipal\"");
	}

	@Test
	@Order(2)
	void thePrincipalSignsTheSchool() {

		WebClient principal = client("hieutruong1");
		int notReady = jdbc.queryForObject("""
				select count(*) from year_record r join school_class c on c.id = r.class_id
				where c.school_id = ? and r.class_id <> ? and r.state in ('DRAFT', 'REJECTED')""", Integer.class,
				schoolId, classId);
		assertThat(notReady).as("the other classes' drafts").isPositive();
		String before = principal.get("/signing/schools/" + schoolId).body();
		assertThat(before).contains("id=\"class-" + classId + "\"",
				"id=\"signing-summary\" class=\"progress\">" + recordsOf4a() + " học bạ chờ ký trong 1 lớp; "
						+ "không học bạ nào của các lớp này bị bỏ qua.",
				"Các lớp khác có " + notReady + " học bạ chưa sẵn sàng cho bước ký này", ">Chưa sẵn sàng</th>");
		assertThat(classCounts(before, classId)).as("4A: to sign, not ready, signed").containsExactly(recordsOf4a(),
				0, 0);
		assertThat(notReadyOfOtherClasses(before)).as("the column says what the summary says").isEqualTo(notReady);

		String json = signInOneBatch(principal, "/signing/schools/" + schoolId,
				form("role", "PRINCIPAL", "classId", classId));

		assertThat(json).contains("\"state\":\"DONE\"", "\"signed\":" + recordsOf4a());
		assertThat(statesOf4a()).containsOnly("SIGNED_BY_PRINCIPAL");
		assertThat(principal.get("/signing/schools/" + schoolId).body()).as("nothing waits any more")
			.contains("Không có học bạ nào chờ ký ở bước này; " + notReady + " học bạ chưa sẵn sàng cho bước ký này")
			.doesNotContain("trong 0 lớp", "signing-not-ready");
		String after = principal.get("/signing/schools/" + schoolId).body();
		assertThat(classCounts(after, classId)).as("4A stays, its records signed").containsExactly(0, 0,
				recordsOf4a());
		assertThat(notReadyOfOtherClasses(after)).isEqualTo(notReady);
		assertThat(principal.get("/signing/schools/" + schoolId + "?lang=en").body())
			.contains("No record waits for this signature; " + notReady + " records are not ready for it yet")
			.doesNotContain("in 10 classes", "will be skipped");
	}

	/**
	 * The classes of earlier years that a 4A pupil's study history links to show the pupils who were in them that
	 * year and the homeroom teacher they had: 4A's teacher, who went up with her class.
	 */
	@Test
	@Order(5)
	void theEarlierClassesOfAPupilsStudyHistoryShowTheirPupilsAndTeacher() {

		long pupilId = pupilOf(firstRecordOf4a());
		String pupilName = jdbc.queryForObject("select full_name from pupil where id = ?", String.class, pupilId);
		String teacherName = jdbc.queryForObject("""
				select s.full_name from staff s join account a on a.staff_id = s.id where a.username = 'gvcn1.4a'""",
				String.class);

		for (String user : List.of("gvcn1.4a", "vanthu1", "canbo.so")) {
			WebClient client = client(user);
			Matcher earlier = Pattern.compile("<td>(\\d{4}-\\d{4})</td>\\s*<td>\\s*<a href=\"/classes/(\\d+)\">")
				.matcher(client.get("/pupils/" + pupilId).body());
			List<String> years = new ArrayList<>();
			while (earlier.find()) {
				if (Long.parseLong(earlier.group(2)) == classId) {
					continue;
				}
				years.add(earlier.group(1));
				String page = client.get("/classes/" + earlier.group(2)).body();
				assertThat(page).as(user + " on " + earlier.group(1)).contains(pupilName,
						"id=\"homeroom-teacher\">" + teacherName + "<").doesNotContain("Lớp chưa có học sinh");
				assertThat(page).doesNotContainPattern("Sĩ số</dt>\\s*<dd>0<");
			}
			assertThat(years).as(user + ": grades 1 to 3 of the pupil now in grade 4").hasSize(3);
		}
	}

	@Test
	@Order(3)
	void theClerkAddsTheIssueSignatureAndTheRegistryAcceptsTheClass() {

		WebClient clerk = client("vanthu1");

		String json = signInOneBatch(clerk, "/signing/schools/" + schoolId,
				form("role", "SCHOOL_ISSUE", "classId", classId));

		assertThat(json).contains("\"state\":\"DONE\"", "\"signed\":" + recordsOf4a());
		assertThat(statesOf4a()).as("accepted by the registry").containsOnly("ACCEPTED");
		assertThat(books.currentStep(classId)).as("the book ended accepted").isEmpty();
		assertThat(jdbc.queryForObject("""
				select count(*) from registry_record g join year_record r on r.lookup_code = g.lookup_code
				where r.class_id = ? and g.status = 'ACCEPTED'""", Integer.class, classId)).isEqualTo(recordsOf4a());
		assertThat(clerk.get("/classes/" + classId).body()).contains("id=\"submission-state\"",
				"Sở đã nhận " + recordsOf4a() + " học bạ, từ chối 0");
		assertThat(clerk.get("/submissions").body()).contains("Nộp " + recordsOf4a() + " học bạ", "Sở đã trả lời");
		assertThat(classCounts(client("hieutruong1").get("/signing/schools/" + schoolId).body(), classId))
			.as("accepted records are past the principal's step").containsExactly(0, 0, recordsOf4a());
		theSealedTransactionIsKeptAndTheRegistryAnswersItAgainWithoutALogin(clerk);
	}

	/** The README's example of the transaction interface: the clerk's file, posted again as curl would. */
	private void theSealedTransactionIsKeptAndTheRegistryAnswersItAgainWithoutALogin(WebClient clerk) {

		Matcher link = Pattern.compile("href=\"(/submissions/\\d+/request\\.json)\"")
			.matcher(clerk.get("/submissions").body());
		assertThat(link.find()).as("a link to the sealed transaction").isTrue();
		HttpResponse<byte[]> file = clerk.download(link.group(1));
		assertThat(file.statusCode()).isEqualTo(200);

		HttpResponse<String> answer = new WebClient(port).send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + "/registry/transactions"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(file.body()))
			.build());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		assertThat(answer.body()).as("the first answer, again").contains("\"ResponseCode\":\"RECEIVED\"",
				"\"trang_thai\":1").doesNotContain("\"trang_thai\":0");
		assertThat(jdbc.queryForObject("""
				select count(*) from registry_record g join year_record r on r.lookup_code = g.lookup_code
				where r.class_id = ?""", Integer.class, classId)).as("stored once").isEqualTo(recordsOf4a());

		assertThat(client("gvcn1.4a").get(link.group(1)).statusCode()).isEqualTo(403);
		assertThat(client("vanthu2").get(link.group(1)).statusCode()).isEqualTo(404);
	}

	@Test
	@Order(4)
	void aDownloadedRecordHoldsThreeSignaturesForTheJdkAloneAndForXmlsec1(@TempDir Path dir) throws Exception {

		WebClient teacher = client("gvcn1.4a");
		long recordId = firstRecordOf4a();
		HttpResponse<byte[]> download = teacher.download("/records/" + recordId + "/signed.xml");
		assertThat(download.statusCode()).isEqualTo(200);
		byte[] xml = download.body();
		byte[] rootPem = teacher.download("/certificates/root.pem").body();
		X509Certificate root = (X509Certificate) CertificateFactory.getInstance("X.509")
			.generateCertificate(new ByteArrayInputStream(rootPem));
		X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509")
			.generateCRL(new ByteArrayInputStream(teacher.download("/certificates/crl").body()));

		List<IndependentCheck.Checked> checked = IndependentCheck.signatures(xml);
		assertThat(checked).extracting(IndependentCheck.Checked::toString)
			.containsExactly("GVCN:true", "CBQL:true", "KY_PHAT_HANH:true");
		for (IndependentCheck.Checked signature : checked) {
			OffsetDateTime at = OffsetDateTime.parse(signature.signingTime());
			assertThatNoException().as(signature.block())
				.isThrownBy(() -> IndependentCheck.chainsTo(signature.certificate(), root, crl, at));
		}

		// The stored bytes are the downloaded ones, with the SHA-256 the pupil's page shows.
		SignedRecord stored = approvals.signedRecord(recordId).orElseThrow();
		assertThat(stored.xml()).isEqualTo(xml);
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(xml));
		assertThat(stored.sha256()).isEqualTo(sha256);
		assertThat(teacher.get("/pupils/" + pupilOf(recordId)).body()).contains(sha256);

		SigningXmlTests.Xmlsec1.assumeInstalled();
		Path record = Files.write(dir.resolve("hoc-ba.xml"), xml);
		Path rootFile = Files.write(dir.resolve("root.pem"), rootPem);
		for (CertificateRole role : CertificateRole.values()) {
			assertThat(SigningXmlTests.Xmlsec1.verify(record, rootFile, role.block())).as(role.block())
				.contains("OK");
		}
	}

	@Test
	@Order(5)
	void oneCharacterOfThePupilsNameBreaksAndNamesTheSignatures(@TempDir Path dir) throws Exception {

		long recordId = firstRecordOf4a();
		byte[] xml = client("gvcn1.4a").download("/records/" + recordId + "/signed.xml").body();
		String name = jdbc.queryForObject("""
				select p.full_name from pupil p join year_record r on r.pupil_id = p.id where r.id = ?""",
				String.class, recordId);

		byte[] tampered = flipFirstLetter(xml, name);
		VerificationResult result = verification.verify(tampered);

		assertThat(verification.verify(xml).valid()).isTrue();
		SigningXmlTests.assertAllThreeBroken(result, tampered);

		SigningXmlTests.Xmlsec1.assumeInstalled();
		Path changed = Files.write(dir.resolve("changed.xml"), tampered);
		Path root = Files.write(dir.resolve("root.pem"), client("gvcn1.4a").download("/certificates/root.pem").body());
		for (CertificateRole role : CertificateRole.values()) {
			assertThat(SigningXmlTests.Xmlsec1.verify(changed, root, role.block())).as(role.block()).contains("FAIL");
		}
	}

	/** A class's row on the school's signing page: records to sign, not ready, signed or past the step. */
	private static List<Integer> classCounts(String page, long classId) {

		int start = page.indexOf("id=\"class-" + classId + "\"");
		assertThat(start).as("class " + classId + " listed").isNotNegative();
		String row = page.substring(start, page.indexOf("</tr>", start));

		return numbers(row);
	}

	/** The "not ready" column summed over the rows of the classes other than 4A. */
	private int notReadyOfOtherClasses(String page) {

		int sum = 0;
		Matcher rows = Pattern.compile("<tr id=\"class-(\\d+)\".*?</tr>", Pattern.DOTALL).matcher(page);
		while (rows.find()) {
			if (Long.parseLong(rows.group(1)) != classId) {
				sum += numbers(rows.group()).get(1);
			}
		}

		return sum;
	}

	private static List<Integer> numbers(String row) {
		Matcher cells = Pattern.compile("<td class=\"number [a-z-]+\">(\\d+)</td>").matcher(row);
		List<Integer> numbers = new ArrayList<>();
		while (cells.find()) {
			numbers.add(Integer.parseInt(cells.group(1)));
		}
		return numbers;
	}

	private int recordsOf4a() {
		return jdbc.queryForObject("select count(*) from year_record where class_id = ?", Integer.class, classId);
	}

	private List<String> statesOf4a() {
		return jdbc.queryForList("select state from year_record where class_id = ?", String.class, classId);
	}

	private long firstRecordOf4a() {
		return jdbc.queryForObject("select min(id) from year_record where class_id = ?", Long.class, classId);
	}

	private long pupilOf(long recordId) {
		return jdbc.queryForObject("select pupil_id from year_record where id = ?", Long.class, recordId);
	}

	/** The pupil's name in the signed data with one letter changed: its first letter lower-cased. */
	private static byte[] flipFirstLetter(byte[] signed, String name) {
		String text = new String(signed, StandardCharsets.UTF_8);
		String changed = Character.toLowerCase(name.charAt(0)) + name.substring(1);
		String tampered = text.replace("<HO_VA_TEN>" + name + "<", "<HO_VA_TEN>" + changed + "<");
		assertThat(tampered).isNotEqualTo(text);
		return tampered.getBytes(StandardCharsets.UTF_8);
	}

	private WebClient client(String username) {
		return DemoCityJourney.signedIn(port, username);
	}

}
