package vn.edu.hocbaso.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509CRL;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.Extension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.edu.hocbaso.organisation.Role;
import vn.edu.hocbaso.testing.OrganisationFixture;

/**
 * Certificates from the built-in authority for a school's staff and the school, and the three signatures of a
 * record made with them, on the server and through the external path, with every refusal leaving the record
 * unchanged.
 */
@SpringBootTest
class SigningIT {

	private static final char[] PASSWORD = "Mat-khau-2027".toCharArray();

	private static final AtomicInteger IDS = new AtomicInteger((int) (Math.random() * 900_000));

	@Autowired
	CertificateAuthority authority;

	@Autowired
	ServerKeySigner serverKey;

	@Autowired
	ExternalSigner external;

	@Autowired
	RecordVerification verification;

	@Autowired
	SigningKeystoreRepository keystores;

	@Autowired
	SigningCertificateRepository certificates;

	@Autowired
	MasterKey masterKey;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	OrganisationFixture org;

	long teacherId;

	long principalId;

	long otherTeacherId;

	@BeforeEach
	void organisation() {
		org = new OrganisationFixture(jdbc, encoder);
		teacherId = staffWithPersonalId(org.schoolA.homeroomTeacher);
		principalId = staffWithPersonalId(org.schoolA.principal);
		otherTeacherId = staffWithPersonalId(org.schoolB.homeroomTeacher);
		staffWithPersonalId(org.schoolA.subjectTeacher);
	}

	@Test
	void signsARecordThreeTimesOnTheServerAndVerifiesIt() throws Exception {

		SigningCertificate teacher = authority.issueForStaff(teacherId, CertificateRole.TEACHER, PASSWORD);
		SigningCertificate principal = authority.issueForStaff(principalId, CertificateRole.PRINCIPAL, PASSWORD);
		SigningCertificate school = authority.requestSchoolCertificate(org.schoolA.id, PASSWORD);
		byte[] xml = record();

		byte[] once = sign(xml, CertificateRole.TEACHER, teacher, teacherId);
		byte[] twice = sign(once, CertificateRole.PRINCIPAL, principal, principalId);
		assertRefused(() -> sign(twice, CertificateRole.SCHOOL_ISSUE, school, org.schoolA.id),
				"signing.refused.notApproved");
		authority.approveRegistration(school.getId());
		byte[] thrice = sign(twice, CertificateRole.SCHOOL_ISSUE, school, org.schoolA.id);

		VerificationResult result = verification.verify(thrice);
		assertThat(result.valid()).as(result.toString()).isTrue();
		assertThat(SigningXmlTests.independentlyValid(thrice)).containsExactly("GVCN:true", "CBQL:true",
				"KY_PHAT_HANH:true");
		String changed = new String(thrice, StandardCharsets.UTF_8).replace("Em ngoan", "Em ngoaN");
		assertThat(verification.verify(changed.getBytes(StandardCharsets.UTF_8)).failedBlocks())
			.containsExactly("GVCN", "CBQL", "KY_PHAT_HANH");
	}

	@Test
	void refusesWrongPasswordsOtherPeopleAndOtherSchoolsLeavingTheRecordUnchanged() {

		SigningCertificate teacher = authority.issueForStaff(teacherId, CertificateRole.TEACHER, PASSWORD);
		SigningCertificate otherSchoolTeacher = authority.issueForStaff(otherTeacherId, CertificateRole.TEACHER,
				PASSWORD);
		byte[] xml = record();
		byte[] before = xml.clone();

		assertRefused(() -> serverKey.sign(new SignatureRequest(xml, CertificateRole.TEACHER, teacher.getId(),
				teacherId, "Mat-khau-sai".toCharArray())), "signing.refused.wrongPassword");
		assertRefused(() -> sign(xml, CertificateRole.TEACHER, otherSchoolTeacher, teacherId),
				"signing.refused.otherPerson");
		assertRefused(() -> sign(xml, CertificateRole.TEACHER, otherSchoolTeacher, otherTeacherId),
				"signing.refused.otherSchool");
		assertRefused(() -> sign(xml, CertificateRole.PRINCIPAL, teacher, teacherId), "signing.refused.wrongRole");
		assertRefused(() -> authority.issueForStaff(staffId(org.schoolA.subjectTeacher), CertificateRole.TEACHER,
				PASSWORD), "signing.refused.notASigner");
		assertThat(xml).isEqualTo(before);
	}

	@Test
	void revokesWithAReasonInANumberedCrlAndRefusesTheRevokedCertificate() throws Exception {

		SigningCertificate teacher = authority.issueForStaff(teacherId, CertificateRole.TEACHER, PASSWORD);
		BigInteger number = crlNumber(authority.crl());

		authority.revoke(teacher.getId(), RevocationReason.KEY_COMPROMISE);
		X509CRL crl = authority.crl();

		BigInteger serial = new BigInteger(teacher.getSerialNumber(), 16);
		assertThat(crl.getRevokedCertificate(serial).getRevocationReason()).hasToString("KEY_COMPROMISE");
		assertThat(crlNumber(crl)).isGreaterThan(number);
		assertThat(crl.getNextUpdate()).isAfter(crl.getThisUpdate());
		crl.verify(authority.rootCertificate().getPublicKey());
		byte[] xml = record();
		byte[] before = xml.clone();
		assertRefused(() -> sign(xml, CertificateRole.TEACHER, teacher, teacherId), "signing.refused.revoked");
		assertRefused(() -> serverKey.sign(new SignatureRequest(xml, CertificateRole.TEACHER, teacher.getId(),
				teacherId, "Mat-khau-sai".toCharArray())), "signing.refused.revoked");
		assertRefused(() -> external.sign(request(xml, CertificateRole.TEACHER, teacher, teacherId)),
				"signing.refused.revoked");
		assertThat(xml).isEqualTo(before);
	}

	@Test
	void refusesAPrincipalBeforeTheTeacherAndATeacherWhoIsNotTheClassesHomeroomTeacher() {

		SigningCertificate principal = authority.issueForStaff(principalId, CertificateRole.PRINCIPAL, PASSWORD);
		long otherHomeroomId = staffId(org.schoolA.subjectTeacher);
		jdbc.update("insert into staff_role (staff_id, role, school_id, class_id) "
				+ "values (?, 'HOMEROOM_TEACHER', ?, ?)",
				otherHomeroomId, org.schoolA.id, org.schoolA.class5a);
		SigningCertificate otherHomeroom = authority.issueForStaff(otherHomeroomId, CertificateRole.TEACHER,
				PASSWORD);
		byte[] xml = record();
		byte[] before = xml.clone();

		assertRefused(() -> sign(xml, CertificateRole.PRINCIPAL, principal, principalId), "signing.refused.order");
		assertRefused(() -> sign(xml, CertificateRole.TEACHER, otherHomeroom, otherHomeroomId),
				"signing.refused.otherPerson");
		assertRefused(() -> external.sign(request(xml, CertificateRole.TEACHER, otherHomeroom, otherHomeroomId)),
				"signing.refused.otherPerson");
		assertThat(xml).isEqualTo(before);
	}

	@Test
	void listsStaffWhoShouldSignWithoutAValidCertificate() {

		authority.issueForStaff(teacherId, CertificateRole.TEACHER, PASSWORD);

		List<StaffWithoutCertificate> missing = authority.staffWithoutCertificate(org.schoolA.id);

		assertThat(missing).extracting(StaffWithoutCertificate::role)
			.containsExactlyInAnyOrder(Role.PRINCIPAL, Role.VICE_PRINCIPAL);
	}

	@Test
	void signsThroughTheExternalPathAndRefusesAReplayFromAnotherRecord() throws Exception {

		SigningCertificate teacher = authority.issueForStaff(teacherId, CertificateRole.TEACHER, PASSWORD);
		byte[] pkcs12 = masterKey.decrypt(keystores.findById(teacher.getId()).orElseThrow().pkcs12Encrypted());
		byte[] first = record();
		byte[] second = record();

		SigningOutcome.Pending pending = external.sign(request(first, CertificateRole.TEACHER, teacher, teacherId));
		SigningOutcome.Pending other = external.sign(request(second, CertificateRole.TEACHER, teacher, teacherId));
		ExternalSignerCommand.Signed replay = ExternalSignerCommand.sign(pkcs12, PASSWORD, other.digest());
		ExternalSignerCommand.Signed signed = ExternalSignerCommand.sign(pkcs12, PASSWORD, pending.digest());

		assertRefused(() -> external.complete(pending.id(), replay.value(), replay.certificate().getEncoded()),
				"signing.refused.signatureMismatch");
		assertRefused(() -> external.complete(UUID.randomUUID(), signed.value(), signed.certificate().getEncoded()),
				"signing.refused.noPendingSignature");
		byte[] result = external.complete(pending.id(), signed.value(), signed.certificate().getEncoded()).xml();

		assertThat(SigningXmlTests.independentlyValid(result)).containsExactly("GVCN:true");
		assertThat(verification.verify(result).signatures().get(0).valid()).isTrue();
	}

	@Test
	void importsThePublicPartOfATrustedCertificateAndRefusesOneFromAnUntrustedAuthority() throws Exception {

		TestPki elsewhere = new TestPki(KeyType.RSA_PSS_2048);
		String pem = SigningXmlTests.pem(elsewhere.teacher().certificate());
		assertRefused(() -> authority.importCertificate(teacherId, org.schoolA.id, CertificateRole.TEACHER,
				pem.getBytes(StandardCharsets.US_ASCII)), "signing.certificate.untrusted");
		assertRefused(() -> authority.importCertificate(teacherId, org.schoolA.id, CertificateRole.TEACHER,
				authority.rootCertificate().getEncoded()), "signing.certificate.authority");
		assertRefused(() -> authority.importCertificate(teacherId, org.schoolA.id, CertificateRole.TEACHER,
				"garbage".getBytes(StandardCharsets.US_ASCII)), "signing.refused.certificate");

		// A certificate of the demo authority whose key is on the teacher's token: only its public part here.
		SigningCertificate issued = authority.issueForStaff(teacherId, CertificateRole.TEACHER, PASSWORD);
		byte[] publicPart = issued.certificate().getEncoded();
		jdbc.update("delete from signing_keystore where certificate_id = ?", issued.getId());
		jdbc.update("delete from signing_certificate where id = ?", issued.getId());
		SigningCertificate imported = authority.importCertificate(teacherId, org.schoolA.id, CertificateRole.TEACHER,
				publicPart);

		assertThat(imported.getOrigin()).isEqualTo(SigningCertificate.Origin.IMPORTED);
		assertThat(imported.getSubject()).contains("CCCD " + personalId(teacherId));
		assertRefused(() -> sign(record(), CertificateRole.TEACHER, imported, teacherId),
				"signing.refused.noKeyOnServer");
	}

	/** A certificate registered before import checked its chain cannot sign: its signature would be invalid. */
	@Test
	void refusesToSignWithACertificateOfAnUntrustedAuthority() throws Exception {

		TestPki elsewhere = new TestPki(KeyType.EC_P256);
		SigningCertificate smuggled = certificates.save(new SigningCertificate(CertificateRole.TEACHER, teacherId,
				org.schoolA.id, elsewhere.teacher().certificate(), SigningCertificate.Origin.IMPORTED));

		assertRefused(() -> external.sign(request(record(), CertificateRole.TEACHER, smuggled, teacherId)),
				"signing.refused.untrusted");
	}

	private byte[] sign(byte[] xml, CertificateRole role, SigningCertificate certificate, long holder) {
		return serverKey.sign(new SignatureRequest(xml, role, certificate.getId(), holder, PASSWORD)).xml();
	}

	private static SignatureRequest request(byte[] xml, CertificateRole role, SigningCertificate certificate,
			long holder) {
		return new SignatureRequest(xml, role, certificate.getId(), holder, null);
	}

	private byte[] record() {
		return SampleRecordXml.of(UUID.randomUUID().toString(), schoolCode(org.schoolA.id), personalId(teacherId),
				personalId(principalId));
	}

	private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
		assertThatExceptionOfType(SignatureRefused.class).isThrownBy(call)
			.satisfies(ex -> assertThat(ex.getMessageKey()).isEqualTo(key));
	}

	private static BigInteger crlNumber(X509CRL crl) {
		byte[] value = crl.getExtensionValue(Extension.cRLNumber.getId());
		return ASN1Integer.getInstance(ASN1OctetString.getInstance(value).getOctets()).getValue();
	}

	private long staffWithPersonalId(String username) {
		long id = staffId(username);
		jdbc.update("update staff set personal_id = ? where id = ?", "0011900" + "%05d".formatted(IDS.incrementAndGet()
				% 100_000), id);
		return id;
	}

	private long staffId(String username) {
		return jdbc.queryForObject("select staff_id from account where username = ?", Long.class, username);
	}

	private String personalId(long staffId) {
		return jdbc.queryForObject("select personal_id from staff where id = ?", String.class, staffId);
	}

	private String schoolCode(long schoolId) {
		return jdbc.queryForObject("select ministry_code from school where id = ?", String.class, schoolId);
	}

}
