package vn.edu.hocbaso.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.edu.hocbaso.testing.PageForms.form;
import static vn.edu.hocbaso.testing.PageForms.post;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.edu.hocbaso.testing.OrganisationFixture;
import vn.edu.hocbaso.testing.PageForms;
import vn.edu.hocbaso.testing.WebClient;
import vn.edu.hocbaso.testing.WebIntegrationTest;

/**
 * The certificates pages over HTTP, as their users work them: a teacher issues her own certificate, the board
 * sees who still lacks one, imports a certificate from elsewhere and revokes; the clerk requests the school's
 * issue certificate and the department decides; the CRL is public. Bad input is refused with a message and
 * changes nothing; everyone else gets 403.
 */
@WebIntegrationTest
class CertificatePagesIT {

	private static final String PASSWORD = "Mat-khau-2027";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	CertificateAuthority authority;

	@Autowired
	MasterKey masterKey;

	OrganisationFixture org;

	@BeforeEach
	void organisation() {
		org = new OrganisationFixture(jdbc, encoder);
	}

	@Test
	void listsCertificatesAndCountsSignersWithoutOne() {

		WebClient principal = client(org.schoolA.principal);
		assertThat(principal.get("/certificates").body()).contains("1 trên 1 giáo viên chủ nhiệm chưa có",
				"2 trên 2 người trong ban giám hiệu chưa có", "Giáo viên A " + org.tag);

		WebClient teacher = client(org.schoolA.homeroomTeacher);
		assertThat(issue(teacher, PASSWORD, PASSWORD).body()).contains("id=\"notice\"", "Còn hiệu lực",
				"Giáo viên chủ nhiệm");

		String page = principal.get("/certificates").body();
		assertThat(page).contains("0 trên 1 giáo viên chủ nhiệm chưa có", "Còn hiệu lực")
			.doesNotContain("Trường Tiểu học B " + org.tag);
		assertThat(client(org.officer).get("/certificates").body()).contains("Trường Tiểu học A " + org.tag,
				"Trường Tiểu học B " + org.tag, "Giáo viên A " + org.tag);
	}

	@Test
	void refusesBadPasswordsAndASecondCertificateChangingNothing() {

		WebClient teacher = client(org.schoolA.homeroomTeacher);

		assertThat(issue(teacher, PASSWORD, PASSWORD + "x").body()).contains("id=\"refusal\"",
				"Hai mật khẩu không giống");
		teacher.get("/certificates/mine?lang=en");
		assertThat(issue(teacher, "ngan", "ngan").body()).contains("at least 8 characters");
		teacher.get("/certificates/mine?lang=vi");
		assertThat(certificatesOf(org.schoolA.homeroomTeacher)).isZero();

		issue(teacher, PASSWORD, PASSWORD);
		assertThat(issue(teacher, PASSWORD, PASSWORD).body()).contains("đã có chứng thư số còn hiệu lực");
		assertThat(certificatesOf(org.schoolA.homeroomTeacher)).isOne();
	}

	@Test
	void theClerkRequestsTheSchoolCertificateAndTheDepartmentRefusesThenApproves() {

		WebClient clerk = client(org.schoolA.clerk);
		WebClient officer = client(org.officer);

		post(clerk, "/certificates/school-request", form("schoolId", org.schoolA.id, "password", PASSWORD,
				"passwordAgain", PASSWORD));
		long first = schoolCertificate("REQUESTED");
		assertThat(officer.get("/certificates/requests").body()).contains("request-" + first,
				"Trường Tiểu học A " + org.tag);

		assertThat(post(officer, "/certificates/requests/" + first + "/refuse", form("reason", " ")).body())
			.contains("Hãy ghi lý do từ chối.");
		post(officer, "/certificates/requests/" + first + "/refuse", form("reason", "Sai tên trường"));
		assertThat(clerk.get("/certificates").body()).contains("Sở từ chối", "Sai tên trường");

		post(clerk, "/certificates/school-request", form("schoolId", org.schoolA.id, "password", PASSWORD,
				"passwordAgain", PASSWORD));
		long second = schoolCertificate("REQUESTED");
		post(officer, "/certificates/requests/" + second + "/approve", form());

		assertThat(schoolCertificate("APPROVED")).isEqualTo(second);
		assertThat(officer.get("/certificates/requests").body()).doesNotContain("request-" + second);

		// She holds no certificate of her own but the school's issue certificate: her page says so.
		String serial = jdbc.queryForObject("select serial_number from signing_certificate where id = ?",
				String.class, second);
		assertThat(clerk.get("/certificates/mine").body()).contains("Bạn chưa có chứng thư số cá nhân",
				"id=\"school-issue-" + second + "\"", serial).doesNotContain("Bạn chưa có chứng thư số nào.");
		assertThat(clerk.get("/certificates/mine?lang=en").body()).contains("You have no personal certificate",
				"the school&#39;s issue certificate").doesNotContain("You have no certificate yet.");
		clerk.get("/certificates/mine?lang=vi");
		assertThat(client(org.schoolA.homeroomTeacher).get("/certificates/mine").body())
			.contains("Bạn chưa có chứng thư số nào.").doesNotContain("school-issue-");
		assertThat(post(clerk, "/certificates/school-request", form("schoolId", org.schoolA.id, "password",
				PASSWORD, "passwordAgain", PASSWORD)).body()).contains("đã có chứng thư số còn hiệu lực");

		// A school revokes its staff's certificates; its own issue certificate only the department revokes.
		assertThat(post(client(org.schoolA.principal), "/certificates/" + second + "/revoke",
				form("reason", "KEY_COMPROMISE")).statusCode()).isEqualTo(403);
		assertThat(post(officer, "/certificates/" + second + "/revoke?lang=en", form("reason", "SUPERSEDED"))
			.body()).contains("revoked", "Revoked");
		assertThat(schoolCertificate("APPROVED")).isEqualTo(second);
		assertThat(jdbc.queryForObject("select status from signing_certificate where id = ?", String.class, second))
			.isEqualTo("REVOKED");
	}

	@Test
	void revokesWithAReasonAndThePublicCrlListsIt() throws Exception {

		WebClient teacher = client(org.schoolA.homeroomTeacher);
		issue(teacher, PASSWORD, PASSWORD);
		long id = jdbc.queryForObject("select id from signing_certificate where staff_id = ?", Long.class,
				staffId(org.schoolA.homeroomTeacher));
		String serial = jdbc.queryForObject("select serial_number from signing_certificate where id = ?",
				String.class, id);

		post(client(org.schoolA.principal), "/certificates/" + id + "/revoke", form("reason", "KEY_COMPROMISE"));

		HttpResponse<byte[]> crl = new WebClient(port).download("/certificates/crl");
		assertThat(crl.statusCode()).isEqualTo(200);
		X509CRL parsed = (X509CRL) CertificateFactory.getInstance("X.509")
			.generateCRL(new ByteArrayInputStream(crl.body()));
		assertThat(parsed.getRevokedCertificate(new BigInteger(serial, 16)).getRevocationReason())
			.hasToString("KEY_COMPROMISE");
		assertThat(teacher.get("/certificates/mine").body()).contains("Đã thu hồi");
	}

	@Test
	void importsThePublicPartAndRefusesGarbageAndOtherSchools() throws Exception {

		WebClient principal = client(org.schoolA.principal);
		long teacherA = staffId(org.schoolA.homeroomTeacher);
		String pem = SigningXmlTests.pem(demoCaCertificate(holder(org.schoolA.homeroomTeacher, "TEACHER",
				schoolCode(org.schoolA.id))));

		assertThat(upload(principal, staffId(org.schoolB.homeroomTeacher), pem.getBytes(StandardCharsets.US_ASCII))
			.body()).contains("không thuộc trường của bạn");
		assertThat(upload(principal, teacherA, "không phải chứng thư".getBytes(StandardCharsets.UTF_8)).body())
			.contains("Không đọc được chứng thư số");
		assertThat(certificatesOf(org.schoolA.homeroomTeacher)).isZero();

		assertThat(upload(principal, teacherA, pem.getBytes(StandardCharsets.US_ASCII)).body())
			.contains("Đã đăng ký chứng thư số.", "0 trên 1 giáo viên chủ nhiệm chưa có");
		assertThat(certificatesOf(org.schoolA.homeroomTeacher)).isOne();
	}

	@Test
	void importRefusesWhatCouldNotSignAndSaysWhy() throws Exception {

		WebClient principal = client(org.schoolA.principal);
		long teacherA = staffId(org.schoolA.homeroomTeacher);
		String code = schoolCode(org.schoolA.id);
		String page = principal.get("/certificates").body();
		assertThat(page).contains("id=\"import-requirements\"", "organizationIdentifier=" + code,
				"serialNumber=CCCD:", personalId(org.schoolA.homeroomTeacher));

		Map<String, byte[]> refused = new LinkedHashMap<>();
		refused.put("không thuộc tổ chức chứng thực được tin cậy",
				new TestPki(KeyType.EC_P256).teacher().certificate().getEncoded());
		refused.put("CA:TRUE", authority.rootCertificate().getEncoded());
		refused.put("không ghi mã trường", demoCaCertificate(new X500NameBuilder(BCStyle.INSTANCE)
			.addRDN(BCStyle.O, "Trường A").addRDN(BCStyle.OU, "TEACHER").addRDN(BCStyle.CN, "Không mã")
			.build()).getEncoded());
		refused.put("ghi mã trường 99999999", demoCaCertificate(holder(org.schoolA.homeroomTeacher, "TEACHER",
				"99999999")).getEncoded());
		refused.put("không ghi số định danh cá nhân", demoCaCertificate(new X500NameBuilder(BCStyle.INSTANCE)
			.addRDN(BCStyle.O, "Trường A").addRDN(BCStyle.ORGANIZATION_IDENTIFIER, code).addRDN(BCStyle.OU, "TEACHER")
			.addRDN(BCStyle.CN, "Không CCCD").build()).getEncoded());
		refused.put("không phải số của người được chọn", demoCaCertificate(holder(org.schoolA.principal, "TEACHER",
				code)).getEncoded());
		refused.put("không dùng để ký mục", demoCaCertificate(holder(org.schoolA.homeroomTeacher, "PRINCIPAL",
				code)).getEncoded());

		refused.forEach((why, der) -> assertThat(upload(principal, teacherA, der).body())
			.as(why).contains("id=\"refusal\"", why));
		assertThat(certificatesOf(org.schoolA.homeroomTeacher)).isZero();
	}

	/** A teacher revokes nothing by mistake: the revoke message names the certificate readably, no OIDs or hex. */
	@Test
	void showsTheSubjectReadably() throws Exception {

		WebClient teacher = client(org.schoolA.homeroomTeacher);
		issue(teacher, PASSWORD, PASSWORD);
		long id = jdbc.queryForObject("select id from signing_certificate where staff_id = ?", Long.class,
				staffId(org.schoolA.homeroomTeacher));

		String page = post(client(org.schoolA.principal), "/certificates/" + id + "/revoke",
				form("reason", "SUPERSEDED")).body();
		assertThat(page).contains("CCCD " + personalId(org.schoolA.homeroomTeacher),
				"MA_TRUONG " + schoolCode(org.schoolA.id)).doesNotContain("2.5.4.5", "2.5.4.97", "=#");
	}

	@Test
	void givesTheKeyToItsHolderOnlyAndKeepsOthersOut() throws Exception {

		WebClient teacher = client(org.schoolA.homeroomTeacher);
		issue(teacher, PASSWORD, PASSWORD);
		long id = jdbc.queryForObject("select id from signing_certificate where staff_id = ?", Long.class,
				staffId(org.schoolA.homeroomTeacher));
		WebClient otherPrincipal = client(org.schoolB.principal);
		WebClient principal = client(org.schoolA.principal);

		KeyStore store = KeyStore.getInstance("PKCS12");
		store.load(new ByteArrayInputStream(teacher.download("/certificates/" + id + "/pkcs12").body()),
				PASSWORD.toCharArray());
		assertThat(store.isKeyEntry(Pkcs12.ALIAS)).isTrue();
		assertThat(principal.download("/certificates/" + id + "/pkcs12").statusCode()).isEqualTo(403);
		X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
			.generateCertificate(new ByteArrayInputStream(principal.download("/certificates/" + id + "/pem").body()));
		assertThat(certificate.getSubjectX500Principal().getName()).contains("TEACHER");

		assertThat(otherPrincipal.get("/certificates/" + id + "/pem").statusCode()).isEqualTo(403);
		assertThat(post(otherPrincipal, "/certificates/" + id + "/revoke", form("reason", "SUPERSEDED"))
			.statusCode()).isEqualTo(403);
		assertThat(teacher.get("/certificates").statusCode()).isEqualTo(403);
		assertThat(client(org.schoolA.subjectTeacher).get("/certificates").statusCode()).isEqualTo(403);
		assertThat(principal.get("/certificates/requests").statusCode()).isEqualTo(403);
		assertThat(post(client(org.schoolB.clerk), "/certificates/school-request", form("schoolId", org.schoolA.id,
				"password", PASSWORD, "passwordAgain", PASSWORD)).statusCode()).isEqualTo(403);
		assertThat(new WebClient(port).get("/certificates").statusCode()).isEqualTo(302);
	}

	/** A certificate from the demo authority for any subject, its key thrown away: what a token would hold. */
	private X509Certificate demoCaCertificate(X500Name subject) throws Exception {

		X509Certificate root = authority.rootCertificate();
		byte[] pkcs8 = masterKey.decrypt(jdbc.queryForObject(
				"select key_encrypted from signing_authority order by id limit 1", byte[].class));
		PrivateKey rootKey = KeyFactory.getInstance(root.getPublicKey().getAlgorithm())
			.generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
		KeyPair keys = KeyType.EC_P256.generate();
		Instant now = Instant.now();
		BigInteger serial = BigInteger.valueOf(System.nanoTime()).shiftLeft(16)
			.add(BigInteger.valueOf(ThreadLocalRandom.current().nextInt(65_536)));
		X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(root, serial,
				Date.from(now.minusSeconds(60)), Date.from(now.plusSeconds(86_400)), subject, keys.getPublic());
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
		builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));

		return CertificateIssuer.certificate(builder, rootKey, KeyType.of(root.getPublicKey()));
	}

	private X500Name holder(String username, String role, String schoolCode) {
		return new Holder("Người " + username, personalId(username), CertificateRole.valueOf(role), schoolCode,
				"Trường A").subject();
	}

	private String personalId(String username) {
		return jdbc.queryForObject("select personal_id from staff where id = ?", String.class, staffId(username));
	}

	private String schoolCode(long schoolId) {
		return jdbc.queryForObject("select ministry_code from school where id = ?", String.class, schoolId);
	}

	private WebClient client(String username) {
		WebClient client = new WebClient(port);
		client.login(username, OrganisationFixture.PASSWORD);
		return client;
	}

	private HttpResponse<String> issue(WebClient client, String password, String again) {
		return post(client, "/certificates/mine", form("role", "TEACHER", "password", password, "passwordAgain",
				again));
	}

	/** Posts a certificate file as the import form does, CSRF token first. */
	private static HttpResponse<String> upload(WebClient client, long staffId, byte[] content) {
		return PageForms.upload(client, "/certificates/import", form("staffId", staffId, "role", "TEACHER"), "gv.pem",
				"application/octet-stream", content);
	}

	private long schoolCertificate(String registration) {
		return jdbc.queryForObject("select max(id) from signing_certificate where school_id = ? "
				+ "and role = 'SCHOOL_ISSUE' and registration = ?", Long.class, org.schoolA.id, registration);
	}

	private int certificatesOf(String username) {
		return jdbc.queryForObject("select count(*) from signing_certificate where staff_id = ?", Integer.class,
				staffId(username));
	}

	private long staffId(String username) {
		return jdbc.queryForObject("select staff_id from account where username = ?", Long.class, username);
	}

}
