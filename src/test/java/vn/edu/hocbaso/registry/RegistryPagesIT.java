package vn.edu.hocbaso.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.edu.hocbaso.signing.CertificateAuthority;
import vn.edu.hocbaso.signing.SampleRecordFiles;
import vn.edu.hocbaso.signing.ServerKeySigner;
import vn.edu.hocbaso.testing.OrganisationFixture;
import vn.edu.hocbaso.testing.PageForms;
import vn.edu.hocbaso.testing.WebClient;
import vn.edu.hocbaso.testing.WebIntegrationTest;

/**
 * The department's registry pages as an officer works them, signed in through the login form: the overview of
 * its schools' records and transactions by school year, the revocation requests it approves or refuses (a reason
 * required), a record's detail; an unknown year or state is refused with a message; school staff get 403, another
 * department's officer does not find the records.
 */
@WebIntegrationTest
class RegistryPagesIT {

	@LocalServerPort
	int port;

	@Autowired
	RegistryTransactions transactions;

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

	@Test
	void theOfficerApprovesOneRevocationAndRefusesAnotherWithItsReason() {

		OrganisationFixture org = new OrganisationFixture(jdbc, encoder);
		RegistrySchool school = new RegistrySchool(org, org.schoolA, true, authority, signer, jdbc);
		SampleRecordFiles.Pupil pupil = school.pupil("Võ Thị Bích");
		UUID first = submitted(school, "msg-first-" + org.tag, school.signedRecord(pupil));
		UUID second = submitted(school, "msg-second-" + org.tag, school.signedRecord(school.pupil("Lâm Gia Huy")));
		log.lock(org.schoolA.id, org.yearId);
		transactions.receive(school.revocation("msg-revoke-" + org.tag, RevocationContent.REVOKE,
				new RevocationItem(first.toString(), null, null, null, "Sai ngày sinh"),
				new RevocationItem(second.toString(), null, null, null, "Sai tên lớp")));
		WebClient officer = signedIn(org.officer);

		String overview = officer.get("/registry").body();
		assertThat(overview).contains("id=\"school-" + org.schoolA.id + "\"", "msg-first-" + org.tag,
				"msg-revoke-" + org.tag, first.toString(), "Sai ngày sinh");
		assertThat(between(overview, "id=\"school-" + org.schoolA.id + "\"", "</tr>"))
			.contains("href=\"/registry/schools/" + org.schoolA.id + "?year=" + school.year
					+ "&amp;status=LOCKED\" class=\"number locked\">2<");
		String pending = officer.get("/registry/revocations").body();
		assertThat(pending).contains("id=\"pending-" + first + "\"", "Võ Thị Bích", "Sai tên lớp");

		HttpResponse<String> noReason = PageForms.post(officer, "/registry/revocations/" + second + "/refuse",
				PageForms.form("reason", " "));
		assertThat(noReason.statusCode()).isEqualTo(422);
		assertThat(noReason.body()).contains("Hãy nhập lý do từ chối thu hồi.");
		assertThat(state(second)).isEqualTo("LOCKED");

		HttpResponse<String> approved = PageForms.post(officer, "/registry/revocations/" + first + "/approve",
				PageForms.form());
		assertThat(approved.statusCode()).isEqualTo(200);
		assertThat(approved.body()).contains("Đã duyệt thu hồi học bạ " + first)
			.doesNotContain("id=\"pending-" + first);
		assertThat(state(first)).isEqualTo("REVOKED");

		HttpResponse<String> refused = PageForms.post(officer, "/registry/revocations/" + second + "/refuse",
				PageForms.form("reason", "Tên lớp đúng theo sổ"));
		assertThat(refused.body()).contains("Đã từ chối thu hồi học bạ " + second).contains("id=\"no-pending\"");
		assertThat(state(second)).isEqualTo("LOCKED");
		assertThat(jdbc.queryForObject("select decision_reason from registry_revocation where lookup_code = ?",
				String.class, second)).isEqualTo("Tên lớp đúng theo sổ");

		String record = officer.get("/registry/records/" + first).body();
		assertThat(record).contains("data-status=\"REVOKED\"", "Đã thu hồi", "msg-first-" + org.tag,
				jdbc.queryForObject("select sha256 from registry_record where lookup_code = ?", String.class, first))
			.doesNotContain("id=\"reissued-as\"");

		// The school re-issues the revoked record: the revoked one's page leads to the new one.
		byte[] reissue = school.signedReplacement(pupil, first);
		UUID reissued = submitted(school, "msg-reissue-" + org.tag, reissue);
		assertThat(officer.get("/registry/records/" + first).body()).contains("Được cấp lại thành học bạ →",
				"<a id=\"reissued-as\" href=\"/registry/records/" + reissued + "\">" + reissued + "</a>");
		assertThat(officer.get("/registry/records/" + reissued).body())
			.contains("id=\"replaces\" href=\"/registry/records/" + first + "\"").doesNotContain("id=\"reissued-as\"");
	}

	@Test
	void aRecordShowsItsSchoolYearAndClass() {

		OrganisationFixture org = new OrganisationFixture(jdbc, encoder);
		RegistrySchool school = new RegistrySchool(org, org.schoolA, true, authority, signer, jdbc);
		UUID code = submitted(school, "msg-" + UUID.randomUUID(), school.signedRecord(school.pupil("Kiều Thị Loan")));

		String page = signedIn(org.officer).get("/registry/records/" + code).body();

		String year = school.year + "-" + (school.year + 1);
		assertThat(page).contains("Năm học", "id=\"record-year\" href=\"/registry/schools/" + org.schoolA.id
				+ "?year=" + school.year + "\">" + year + "</a>", "id=\"record-class\">4A<",
				"id=\"record-grade\">4<");
	}

	@Test
	void aRecordShowsItsReplacementBothWays() {

		OrganisationFixture org = new OrganisationFixture(jdbc, encoder);
		RegistrySchool school = new RegistrySchool(org, org.schoolA, true, authority, signer, jdbc);
		SampleRecordFiles.Pupil pupil = school.pupil("Quách Thị Yến");
		UUID old = submitted(school, "msg-old-" + org.tag, school.signedRecord(pupil));
		byte[] replacement = school.signedReplacement(pupil, old);
		UUID successor = submitted(school, "msg-new-" + org.tag, replacement);
		WebClient officer = signedIn(org.admin);

		String oldPage = officer.get("/registry/records/" + old).body();
		String newPage = officer.get("/registry/records/" + successor).body();

		assertThat(oldPage).contains("data-status=\"SUPERSEDED\"", "href=\"/registry/records/" + successor + "\"");
		assertThat(newPage).contains("data-status=\"ACCEPTED\"", "href=\"/registry/records/" + old + "\"");
	}

	@Test
	void theOverviewLeadsToEachSchoolsRecordsAndEachTransactionsRecords() {

		OrganisationFixture org = new OrganisationFixture(jdbc, encoder);
		RegistrySchool school = new RegistrySchool(org, org.schoolA, true, authority, signer, jdbc);
		UUID kept = submitted(school, "msg-kept-" + org.tag, school.signedRecord(school.pupil("Hồ Thị Mai")));
		UUID withdrawn = submitted(school, "msg-gone-" + org.tag, school.signedRecord(school.pupil("Đinh Văn Tú")));
		transactions.receive(school.revocation("msg-withdraw-" + org.tag, RevocationContent.WITHDRAW,
				new RevocationItem(withdrawn.toString(), null, null, null, "Học sinh chuyển trường")));
		WebClient officer = signedIn(org.officer);

		String overview = officer.get("/registry").body();
		String schoolRow = between(overview, "id=\"school-" + org.schoolA.id + "\"", "</tr>");
		String schoolPage = "/registry/schools/" + org.schoolA.id + "?year=" + school.year;
		assertThat(schoolRow).contains("href=\"" + schoolPage + "\"",
				"href=\"" + schoolPage + "&amp;status=ACCEPTED\" class=\"number accepted\">1<",
				"href=\"" + schoolPage + "&amp;status=WITHDRAWN\"", "class=\"number locked\">0<")
			.doesNotContain("status=LOCKED");

		String all = officer.get(schoolPage).body();
		assertThat(all).contains("Hồ Thị Mai", "Đinh Văn Tú", "href=\"/registry/records/" + kept + "\"",
				"href=\"/registry/records/" + withdrawn + "\"");
		String accepted = officer.get(schoolPage + "&status=ACCEPTED").body();
		assertThat(accepted).contains("/registry/records/" + kept).doesNotContain(withdrawn.toString());

		String withdrawal = officer.get(transactionLink(overview, "msg-withdraw-" + org.tag)).body();
		assertThat(withdrawal).contains("msg-withdraw-" + org.tag, "Đinh Văn Tú",
				"href=\"/registry/records/" + withdrawn + "\"").doesNotContain(kept.toString());
		String submission = officer.get(transactionLink(overview, "msg-kept-" + org.tag)).body();
		assertThat(submission).contains("href=\"/registry/records/" + kept + "\"", "Hồ Thị Mai",
				"id=\"transaction-school\" href=\"" + schoolPage + "\"");
		assertThat(officer.get("/registry/records/" + kept).body())
			.contains(transactionLink(overview, "msg-kept-" + org.tag));

		WebClient stranger = signedIn(new OrganisationFixture(jdbc, encoder).officer);
		assertThat(stranger.get("/registry/schools/" + org.schoolA.id).statusCode()).isEqualTo(404);
		assertThat(stranger.get(transactionLink(overview, "msg-kept-" + org.tag)).statusCode()).isEqualTo(404);
		WebClient clerk = signedIn(org.schoolA.clerk);
		assertThat(clerk.get("/registry/schools/" + org.schoolA.id).statusCode()).isEqualTo(403);
		assertThat(clerk.get(transactionLink(overview, "msg-kept-" + org.tag)).statusCode()).isEqualTo(403);
	}

	@Test
	void theOfficerChoosesTheSchoolYearAndAnUnknownYearOrStateIsRefused() {

		OrganisationFixture org = new OrganisationFixture(jdbc, encoder);
		RegistrySchool school = new RegistrySchool(org, org.schoolA, true, authority, signer, jdbc);
		UUID code = submitted(school, "msg-" + UUID.randomUUID(), school.signedRecord(school.pupil("Lý Thị Ngà")));
		int earlier = school.year - 1;
		jdbc.update("insert into school_year (start_year, starts_on, ends_on) values (?, ?, ?) "
				+ "on conflict (start_year) do nothing", earlier, LocalDate.of(earlier, 9, 5),
				LocalDate.of(earlier + 1, 5, 31));
		WebClient officer = signedIn(org.officer);

		String overview = officer.get("/registry").body();
		assertThat(between(overview, "id=\"year-choice\"", "</nav>")).contains(
				"href=\"/registry?year=" + earlier + "\">" + earlier + "-" + school.year + "<",
				"href=\"/registry?year=" + school.year + "\" class=\"current\"");
		assertThat(between(officer.get("/registry?year=" + earlier).body(), "id=\"school-" + org.schoolA.id + "\"",
				"</tr>")).contains("href=\"/registry/schools/" + org.schoolA.id + "?year=" + earlier + "\"",
						"class=\"number accepted\">0<");
		String schoolPage = "/registry/schools/" + org.schoolA.id;
		assertThat(officer.get(schoolPage + "?year=" + school.year).body()).contains(code.toString());
		assertThat(officer.get(schoolPage + "?year=" + earlier).body()).contains("năm học " + earlier + "-",
				"Kho chưa có học bạ nào của trường trong năm học đó.")
			.doesNotContain(code.toString(), "id=\"registry-records\"");
		assertThat(officer.get(schoolPage + "?year=" + earlier + "&status=LOCKED").body())
			.contains("ở trạng thái này").doesNotContain("id=\"registry-records\"");

		for (String address : new String[] { "/registry?year=1890", "/registry?year=this" }) {
			HttpResponse<String> refused = officer.get(address);
			assertThat(refused.statusCode()).as(address).isEqualTo(400);
			assertThat(refused.body()).as(address).contains("id=\"refusal\"", "Không có năm học",
					"href=\"/registry?year=" + school.year + "\"").doesNotContain("id=\"state-choice\"", "LOCKED");
		}
		HttpResponse<String> badYear = officer.get(schoolPage + "?year=20x5");
		assertThat(badYear.statusCode()).isEqualTo(400);
		assertThat(badYear.body()).contains("Không có năm học", "id=\"state-choice\"",
				"href=\"" + schoolPage + "?year=" + school.year + "\"").doesNotContain("href=\"/registry?year=");
		HttpResponse<String> badState = officer.get(schoolPage + "?status=FOO");
		assertThat(badState.statusCode()).isEqualTo(400);
		assertThat(badState.body()).contains("Không có trạng thái &quot;FOO&quot;", "LOCKED",
				"href=\"" + schoolPage + "?year=" + school.year + "\"").doesNotContain("href=\"/registry?year=");
		assertThat(officer.get(schoolPage + "?status=FOO&lang=en").body())
			.contains("There is no state &quot;FOO&quot;");
	}

	@Test
	void aRefusedWithdrawalShowsItsFunctionAndEachRecordsAnswerWithItsReason() {

		OrganisationFixture org = new OrganisationFixture(jdbc, encoder);
		RegistrySchool school = new RegistrySchool(org, org.schoolA, true, authority, signer, jdbc);
		UUID locked = submitted(school, "msg-" + UUID.randomUUID(), school.signedRecord(school.pupil("Hồ Văn Sơn")));
		log.lock(org.schoolA.id, org.yearId);
		UUID unknown = UUID.randomUUID();
		String messageId = "msg-refused-" + org.tag;
		assertThat(transactions.receive(school.revocation(messageId, RevocationContent.WITHDRAW,
				new RevocationItem(locked.toString(), null, null, null, "Sai điểm"),
				new RevocationItem(unknown.toString(), null, null, null, "x".repeat(501)))).records())
			.extracting(RecordStatus::status).containsExactly(3, 3);
		WebClient officer = signedIn(org.officer);

		String page = officer.get(transactionLink(officer.get("/registry").body(), messageId)).body();

		assertThat(page).contains("id=\"transaction-rejected\">2<",
				"id=\"transaction-function\">Rút học bạ (RUT)<", "Hồ Văn Sơn",
				"href=\"/registry/records/" + locked + "\"", "Học bạ đã khoá sổ, không thể rút",
				"<code>" + unknown + "</code>", "Lý do (LY_DO) dài quá 500 ký tự")
			.doesNotContain("href=\"/registry/records/" + unknown, "Giao dịch không nêu học bạ nào");
		assertThat(between(page, "id=\"transaction-answers\"", "</table>")).contains("Bị từ chối")
			.doesNotContain("Được chấp nhận");
		assertThat(officer.get(transactionLink(officer.get("/registry").body(), messageId) + "?lang=en").body())
			.contains("Withdrawal (RUT)", "Refused");
	}

	@Test
	void aSubmissionShowsItsRejectedRecordsWithTheirReasons() {

		OrganisationFixture org = new OrganisationFixture(jdbc, encoder);
		RegistrySchool school = new RegistrySchool(org, org.schoolA, true, authority, signer, jdbc);
		byte[] record = school.signedRecord(school.pupil("Bùi Xuân Phái"));
		UUID code = submitted(school, "msg-" + UUID.randomUUID(), record);
		String messageId = "msg-again-" + org.tag;
		assertThat(transactions.receive(school.transaction(messageId, record)).records())
			.extracting(RecordStatus::status).containsExactly(0);
		WebClient officer = signedIn(org.officer);

		String page = officer.get(transactionLink(officer.get("/registry").body(), messageId)).body();

		assertThat(page).contains("id=\"transaction-rejected\">1<", "Bùi Xuân Phái",
				"href=\"/registry/records/" + code + "\"", "Bị từ chối", "đã được dùng cho một học bạ khác")
			.doesNotContain("id=\"transaction-function\"");
	}

	@Test
	void recordListsAreInVietnameseClassOrder() {

		OrganisationFixture org = new OrganisationFixture(jdbc, encoder);
		RegistrySchool school = new RegistrySchool(org, org.schoolA, true, authority, signer, jdbc);
		String messageId = "msg-order-" + org.tag;
		assertThat(transactions.receive(school.transaction(messageId,
				school.signedRecord(school.pupil("Vũ Ngọc Thủy")), school.signedRecord(school.pupil("Đinh Trung Nam")),
				school.signedRecord(school.pupil("Nguyễn Văn An")))).records())
			.extracting(RecordStatus::status).containsExactly(1, 1, 1);
		WebClient officer = signedIn(org.officer);

		String schoolPage = officer.get("/registry/schools/" + org.schoolA.id).body();
		String transactionPage = officer.get(transactionLink(officer.get("/registry").body(), messageId)).body();

		for (String page : new String[] { schoolPage, transactionPage }) {
			assertThat(page.indexOf("Nguyễn Văn An")).isPositive()
				.isLessThan(page.indexOf("Đinh Trung Nam"));
			assertThat(page.indexOf("Đinh Trung Nam")).isLessThan(page.indexOf("Vũ Ngọc Thủy"));
		}
	}

	/** The link of the overview's row of the transaction. */
	private static String transactionLink(String overview, String messageId) {
		String row = between(overview, "data-message-id=\"" + messageId + "\"", "</tr>");
		return between(row, "/registry/transactions/", "\"");
	}

	@Test
	void schoolStaffGet403AndAnotherDepartmentFindsNothing() {

		OrganisationFixture org = new OrganisationFixture(jdbc, encoder);
		RegistrySchool school = new RegistrySchool(org, org.schoolA, true, authority, signer, jdbc);
		UUID code = submitted(school, "msg-" + UUID.randomUUID(), school.signedRecord(school.pupil("Tăng Văn Lộc")));
		log.lock(org.schoolA.id, org.yearId);
		transactions.receive(school.revocation("msg-" + UUID.randomUUID(), RevocationContent.REVOKE,
				new RevocationItem(code.toString(), null, null, null, "Sai điểm")));

		for (String username : new String[] { org.schoolA.clerk, org.schoolA.principal }) {
			WebClient staff = signedIn(username);
			assertThat(staff.get("/registry").statusCode()).isEqualTo(403);
			assertThat(staff.get("/registry/revocations").statusCode()).isEqualTo(403);
			assertThat(staff.get("/registry/records/" + code).statusCode()).isEqualTo(403);
			assertThat(PageForms.post(staff, "/registry/revocations/" + code + "/approve", PageForms.form())
				.statusCode()).isEqualTo(403);
		}
		assertThat(state(code)).isEqualTo("LOCKED");

		WebClient stranger = signedIn(new OrganisationFixture(jdbc, encoder).officer);
		assertThat(stranger.get("/registry/records/" + code).statusCode()).isEqualTo(404);
		assertThat(stranger.get("/registry/revocations").body()).doesNotContain(code.toString());
		assertThat(PageForms.post(stranger, "/registry/revocations/" + code + "/approve", PageForms.form())
			.statusCode()).isEqualTo(404);
		assertThat(state(code)).isEqualTo("LOCKED");
		assertThat(signedIn(org.officer).get("/").body()).contains("id=\"home-registry\"");
	}

	private UUID submitted(RegistrySchool school, String messageId, byte[] record) {
		assertThat(transactions.receive(school.transaction(messageId, record)).records())
			.extracting(RecordStatus::status).containsExactly(1);
		return SampleRecordFiles.lookupCode(record);
	}

	private WebClient signedIn(String username) {
		WebClient client = new WebClient(port);
		assertThat(client.login(username, OrganisationFixture.PASSWORD).statusCode()).isEqualTo(302);
		return client;
	}

	private String state(UUID lookupCode) {
		return jdbc.queryForObject("select status from registry_record where lookup_code = ?", String.class,
				lookupCode);
	}

	private static String between(String text, String from, String to) {
		int start = text.indexOf(from);
		return text.substring(start, text.indexOf(to, start));
	}

}
