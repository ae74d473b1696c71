package vn.edu.hocbaso.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.edu.hocbaso.record.RecordApprovals;
import vn.edu.hocbaso.record.RecordCorrection;
import vn.edu.hocbaso.record.RecordCorrections;
import vn.edu.hocbaso.record.RecordManagement;
import vn.edu.hocbaso.record.RecordState;
import vn.edu.hocbaso.record.YearRecord;
import vn.edu.hocbaso.record.YearRecordRepository;
import vn.edu.hocbaso.testing.FilledRecords;
import vn.edu.hocbaso.testing.OrganisationFixture;
import vn.edu.hocbaso.testing.TestSignatures;
import vn.edu.hocbaso.testing.WebClient;
import vn.edu.hocbaso.testing.WebIntegrationTest;

/**
 * The correction page through the real server, as a school's clerk or board member uses it: what it offers in
 * each state, a refused request that changes nothing, in Vietnamese or English, and who may open it at all.
 */
@WebIntegrationTest
class CorrectionPageIT {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	TestSignatures signatures;

	@Autowired
	RecordManagement management;

	@Autowired
	RecordApprovals approvals;

	@Autowired
	RecordCorrections corrections;

	@Autowired
	YearRecordRepository records;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	OrganisationFixture org;

	long recordId;

	long pupilId;

	@BeforeEach
	void submitARecord() {

		org = new OrganisationFixture(jdbc, encoder);
		long teacher = staffId(org.schoolA.homeroomTeacher);
		pupilId = org.pupil(org.schoolA.class4a, "Nguyễn Thị Hoa");
		YearRecord opened = management.open(pupilId, org.schoolA.class4a, teacher);
		management.change(opened.getId(), opened.getVersion(), teacher, FilledRecords::completing);
		recordId = opened.getId();

		approvals.completePreparationOf(recordId, teacher);
		signatures.signAsTeacher(recordId);
		approvals.approveAsTeacher(recordId, teacher);
		signatures.signAsPrincipal(recordId);
		approvals.approveAsPrincipal(recordId, staffId(org.schoolA.principal));
		signatures.issue(recordId);
		approvals.submit(recordId, staffId(org.schoolA.clerk));
	}

	@Test
	void theClerkWithdrawsASubmittedRecordWithAReason() {

		WebClient clerk = login(org.schoolA.clerk);
		String page = clerk.get(path()).body();

		assertThat(page).contains("Đã nộp lên Sở", lookupCode(), "id=\"kind-WITHDRAW\"", "id=\"kind-REPLACE\"")
			.doesNotContain("id=\"kind-REVOKE\"");

		HttpResponse<String> withoutReason = post(clerk, "kind=WITHDRAW&reason=%20%20");
		assertThat(withoutReason.statusCode()).isEqualTo(200);
		assertThat(withoutReason.body()).contains("id=\"reason-error\"", "Vui lòng ghi lý do.");
		assertThat(state()).isEqualTo(RecordState.SUBMITTED);

		HttpResponse<String> done = post(clerk, "kind=WITHDRAW&reason=" + encode("Học sinh đã chuyển trường."));
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(done.headers().firstValue("Location")).get().asString().endsWith(path());
		assertThat(clerk.get(path()).body()).contains("Đã rút lại học bạ.", "Đã rút lại");
		assertThat(state()).isEqualTo(RecordState.WITHDRAWN);
	}

	@Test
	void aSecondClickOfTheSameRequestIsRefusedAndChangesNothing() {

		WebClient principal = login(org.schoolA.principal);
		String first = csrf(principal.get(path()).body());
		String form = "kind=REPLACE&reason=" + encode("Sai cân nặng.");

		assertThat(post(principal, form, first).statusCode()).isEqualTo(302);
		HttpResponse<String> second = post(principal, form, first);

		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.body()).contains("đang có một yêu cầu điều chỉnh");
		assertThat(corrections.historyOf(recordId)).singleElement().extracting(RecordCorrection::getKind)
			.isEqualTo(RecordCorrection.Kind.REPLACE);
		assertThat(jdbc.queryForObject("select count(*) from year_record where replaces_id = ?", Long.class, recordId))
			.isEqualTo(1);
	}

	@Test
	void refusalsAreShownInEnglishToAnEnglishReader() {

		WebClient clerk = login(org.schoolA.clerk);
		clerk.get(path() + "?lang=en");

		assertThat(post(clerk, "kind=WITHDRAW&reason=").body()).contains("Please give a reason.",
				"Submitted to the department");
		assertThat(post(clerk, "reason=x").body()).contains("Please choose a correction.");
		assertThat(state()).isEqualTo(RecordState.SUBMITTED);
	}

	@Test
	void afterTheLockThePageOffersOnlyARevocationRequestWhichTheClerkSealsForTheRegistry() {

		approvals.markAccepted(recordId);
		approvals.lockAccepted(org.schoolA.id, org.yearId);
		WebClient principal = login(org.schoolA.principal);

		assertThat(principal.get(path()).body()).contains("Đã khoá sổ", "id=\"kind-REVOKE\"", "id=\"key-password\"")
			.doesNotContain("id=\"kind-WITHDRAW\"");
		assertThat(post(principal, "kind=WITHDRAW&reason=x").body()).contains("hãy gửi yêu cầu thu hồi lên Sở");

		// The request goes to the registry sealed with the school's issue key, which only the clerk holds.
		String revoke = "kind=REVOKE&reason=" + encode("Ghi nhầm kết quả.");
		assertThat(post(principal, revoke + "&keyPassword=" + TestSignatures.PASSWORD).body())
			.contains("id=\"refusal\"", "không có vai trò ký mục");
		WebClient clerk = login(org.schoolA.clerk);
		assertThat(post(clerk, revoke + "&keyPassword=sai-mat-khau").body()).contains("Mật khẩu khóa không đúng.");
		assertThat(corrections.historyOf(recordId)).isEmpty();
		// This record never reached the registry (signed here record by record): the registry refuses the request,
		// which ends with the registry's reason; the page says so and offers a new request.
		assertThat(post(clerk, revoke + "&keyPassword=" + TestSignatures.PASSWORD).statusCode()).isEqualTo(302);
		assertThat(clerk.get(path()).body()).contains("class=\"alert error\"", "Sở không nhận đề nghị thu hồi",
				"id=\"kind-REVOKE\"");

		assertThat(tasks.createTaskQuery().processInstanceBusinessKey("record-" + recordId).count()).isZero();
		assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("record-" + recordId).count())
			.isZero();
		assertThat(corrections.historyOf(recordId)).singleElement()
			.satisfies(request -> assertThat(request.getStatus()).isEqualTo(RecordCorrection.Status.REFUSED));
		assertThat(jdbc.queryForObject("""
				select count(*) from registry_submission where record_id = ? and state in ('PREPARED', 'SENT')""",
				Integer.class, recordId)).isZero();
		assertThat(state()).isEqualTo(RecordState.LOCKED);
	}

	@Test
	void onlyTheRecordsSchoolOfficeMayOpenOrPost() {

		for (String other : List.of(org.schoolA.homeroomTeacher, org.schoolB.clerk, org.schoolB.principal,
				org.officer)) {
			WebClient client = login(other);
			assertThat(client.get(path()).statusCode()).as(other).isEqualTo(403);
			String token = csrf(client.get("/").body());
			assertThat(post(client, "kind=WITHDRAW&reason=x", token).statusCode()).as(other).isEqualTo(403);
		}
		assertThat(login(org.schoolA.clerk).get("/records/999999999/correction").statusCode()).isEqualTo(404);
		assertThat(new WebClient(port).get(path()).statusCode()).isEqualTo(302);
		assertThat(state()).isEqualTo(RecordState.SUBMITTED);
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefused() {

		WebClient clerk = login(org.schoolA.clerk);

		assertThat(post(clerk, "kind=WITHDRAW&reason=x", null).statusCode()).isEqualTo(403);
		assertThat(state()).isEqualTo(RecordState.SUBMITTED);
	}

	@Test
	void thePupilPageLinksToTheCorrectionForTheSchoolOfficeOnly() {

		String link = "href=\"/records/" + recordId + "/correction\"";

		assertThat(login(org.schoolA.clerk).get("/pupils/" + pupilId).body()).contains(link, "Đã nộp lên Sở");
		assertThat(login(org.schoolA.homeroomTeacher).get("/pupils/" + pupilId).body()).doesNotContain(link);
	}

	private HttpResponse<String> post(WebClient client, String form) {
		return post(client, form, csrf(client.get(path()).body()));
	}

	private HttpResponse<String> post(WebClient client, String form, String token) {
		String body = token == null ? form : form + "&_csrf=" + encode(token);
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path()))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("CSRF token on the page").isTrue();
		return matcher.group(1);
	}

	private WebClient login(String username) {
		WebClient client = new WebClient(port);
		client.login(username, OrganisationFixture.PASSWORD);
		return client;
	}

	private String path() {
		return "/records/" + recordId + "/correction";
	}

	private String lookupCode() {
		return records.findById(recordId).orElseThrow().getLookupCode().toString();
	}

	private RecordState state() {
		return records.findById(recordId).orElseThrow().getState();
	}

	private long staffId(String username) {
		return jdbc.queryForObject("select staff_id from account where username = ?", Long.class, username);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
