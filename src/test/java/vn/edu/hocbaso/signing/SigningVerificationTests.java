package vn.edu.hocbaso.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The checks before signing and the verification of a signed record, with a PKI in memory.
 */
class SigningVerificationTests {

	private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.ofHours(7));

	private final TestPki pki = new TestPki(KeyType.EC_P256);

	@Test
	void acceptsThreeSignaturesInOrder() {

		VerificationResult result = verifier(List.of()).verify(SigningXmlTests.signedThrice(pki));

		assertThat(result.valid()).isTrue();
		assertThat(result.signatures()).extracting(VerificationResult.SignatureCheck::signer)
			.containsExactly("Phạm Thu Hà", "Lê Văn Hùng", "Trường Tiểu học Nguyễn Du");
	}

	@Test
	void namesTheBrokenSignaturesWhenOneCharacterOfTheDataChanges() {

		String signed = new String(SigningXmlTests.signedThrice(pki), StandardCharsets.UTF_8);
		byte[] tampered = signed.replace("<TEN_LOP>4A</TEN_LOP>", "<TEN_LOP>4B</TEN_LOP>")
			.getBytes(StandardCharsets.UTF_8);

		VerificationResult result = verifier(List.of()).verify(tampered);

		assertThat(result.valid()).isFalse();
		assertThat(result.failedBlocks()).containsExactly("GVCN", "CBQL", "KY_PHAT_HANH");
		assertThat(result.signatures().get(0).findings()).extracting(Finding::messageKey)
			.contains("signing.verify.broken");
	}

	@Test
	void namesOnlyTheSignatureWhoseSigningTimeChanged() {

		String signed = new String(SigningXmlTests.signedThrice(pki), StandardCharsets.UTF_8);
		String time = signed.substring(signed.indexOf("<SigningTime>") + 13, signed.indexOf("</SigningTime>"));
		String earlier = time.replaceFirst(":\\d\\d\\+", ":59+").equals(time) ? time.replaceFirst(":\\d\\d\\+", ":58+")
				: time.replaceFirst(":\\d\\d\\+", ":59+");
		byte[] tampered = signed.replace("<SigningTime>" + time, "<SigningTime>" + earlier)
			.replace("<NGAY_KY>" + time, "<NGAY_KY>" + earlier)
			.getBytes(StandardCharsets.UTF_8);

		assertThat(verifier(List.of()).verify(tampered).failedBlocks()).containsExactly("GVCN");
	}

	@Test
	void refusesACertificateOfAnUntrustedRoot() {

		byte[] signed = SigningXmlTests.signedThrice(pki);
		TestPki other = new TestPki(KeyType.EC_P256);

		VerificationResult result = new RecordVerifier(List.of(other.root), List.of()).verify(signed);

		assertThat(result.signatures().get(0).findings()).extracting(Finding::messageKey)
			.containsExactly("signing.verify.untrusted");
	}

	@Test
	void findsACertificateRevokedBeforeTheSigningTime() {

		byte[] signed = SigningXmlTests.signedThrice(pki);
		Document document = RecordXml.parse(signed);
		BigInteger principalSerial = SignatureReading.of(document, CertificateRole.PRINCIPAL).certificate()
			.getSerialNumber();
		X509CRL crl = CertificateIssuer.crl(pki.issuer, List.of(new CertificateIssuer.Revocation(principalSerial,
				Instant.now().minus(Duration.ofDays(1)), 1)), BigInteger.ONE, Instant.now(),
				Instant.now().plus(Duration.ofDays(7)));

		VerificationResult result = verifier(List.of(crl)).verify(signed);

		assertThat(result.failedBlocks()).containsExactly("CBQL");
		assertThat(result.signatures().get(1).findings()).extracting(Finding::messageKey)
			.containsExactly("signing.verify.revoked");
		assertThat(crl.getRevokedCertificate(principalSerial).getRevocationReason()).hasToString("KEY_COMPROMISE");
	}

	@Test
	void refusesAPrincipalBeforeTheTeacher() {

		Document document = RecordXml.parse(TestPki.record());

		assertRefused(document, CertificateRole.PRINCIPAL, pki.principal(), null, TestPki.PRINCIPAL_ID,
				"signing.refused.order");
	}

	@Test
	void refusesAPrincipalWhoseSigningTimeIsBeforeTheTeachers() {

		Document document = RecordXml.parse(TestPki.record());
		TestPki.Signer teacher = pki.teacher();
		XmlSignatures.sign(document, CertificateRole.TEACHER, teacher.keys().getPrivate(), teacher.certificate(), NOW,
				TestPki.TEACHER_ID);

		assertThatExceptionOfType(SignatureRefused.class)
			.isThrownBy(() -> check(document, CertificateRole.PRINCIPAL, pki.principal(), null, TestPki.PRINCIPAL_ID,
					NOW.minusMinutes(5)))
			.satisfies(ex -> assertThat(ex.getMessageKey()).isEqualTo("signing.refused.order"));
	}

	@Test
	void refusesExpiredRevokedAndUnsuitableCertificates() {

		Document document = RecordXml.parse(TestPki.record());
		TestPki.Signer expired = pki.signer(pki.teacher().holder(), NOW.minusDays(400).toInstant(),
				NOW.minusDays(1).toInstant());
		Holder otherSchool = new Holder("Phạm Thu Hà", TestPki.TEACHER_ID, CertificateRole.TEACHER, "99999999",
				"Trường Tiểu học Khác");
		Holder notHomeroom = new Holder("Giáo viên Anh", "001190001111", CertificateRole.TEACHER, TestPki.SCHOOL,
				"Trường Tiểu học Nguyễn Du");

		assertRefused(document, CertificateRole.TEACHER, expired, null, TestPki.TEACHER_ID, "signing.refused.expired");
		assertRefused(document, CertificateRole.TEACHER, pki.teacher(), NOW.minusMinutes(1).toInstant(),
				TestPki.TEACHER_ID, "signing.refused.revoked");
		assertRefused(document, CertificateRole.TEACHER, pki.signer(otherSchool), null, TestPki.TEACHER_ID,
				"signing.refused.otherSchool");
		assertRefused(document, CertificateRole.TEACHER, pki.signer(notHomeroom), null, TestPki.TEACHER_ID,
				"signing.refused.otherPerson");
		assertRefused(document, CertificateRole.TEACHER, pki.principal(), null, TestPki.PRINCIPAL_ID,
				"signing.refused.wrongRole");
	}

	@Test
	void acceptsTheHomeroomTeacherWithAValidCertificate() {
		Document document = RecordXml.parse(TestPki.record());
		check(document, CertificateRole.TEACHER, pki.teacher(), null, TestPki.TEACHER_ID, NOW);
	}

	private void assertRefused(Document document, CertificateRole role, TestPki.Signer signer, Instant revokedAt,
			String expected, String messageKey) {
		byte[] before = RecordXml.serialise(document);
		assertThatExceptionOfType(SignatureRefused.class)
			.isThrownBy(() -> check(document, role, signer, revokedAt, expected, NOW))
			.satisfies(ex -> assertThat(ex.getMessageKey()).isEqualTo(messageKey));
		assertThat(RecordXml.serialise(document)).as("record unchanged").isEqualTo(before);
	}

	private static void check(Document document, CertificateRole role, TestPki.Signer signer, Instant revokedAt,
			String expected, OffsetDateTime at) {
		SigningRules.check(document, role, signer.certificate(), revokedAt, expected, at);
	}

	private RecordVerifier verifier(List<X509CRL> crls) {
		return new RecordVerifier(List.of(pki.root), crls);
	}

}
