package vn.edu.hocbaso.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.junit.jupiter.api.Test;

/**
 * What a certificate's subject says, read for people (no OIDs, no hex) and for the signing rules: a certificate
 * without a school code is refused for that, not as one of another school.
 */
class CertificateFactsTests {

	private final TestPki pki = new TestPki(KeyType.EC_P256);

	@Test
	void readsTheSubjectForPeopleWithThePersonalIdAndSchoolCodeDecoded() {

		String readable = CertificateFacts.of(pki.teacher().certificate()).readable();

		assertThat(readable).isEqualTo("Phạm Thu Hà – Trường Tiểu học Nguyễn Du – CCCD " + TestPki.TEACHER_ID
				+ " – MA_TRUONG " + TestPki.SCHOOL);
		assertThat(CertificateFacts.of(pki.school().certificate()).readable())
			.isEqualTo("Trường Tiểu học Nguyễn Du – MA_TRUONG " + TestPki.SCHOOL);
	}

	@Test
	void writesTheSubjectNameWithKeywordsOpenSslReads() {

		assertThat(XmlSignatures.subjectName(pki.teacher().certificate()))
			.contains("serialNumber=CCCD:" + TestPki.TEACHER_ID, "organizationIdentifier=" + TestPki.SCHOOL)
			.doesNotContain("#", "2.5.4.");
	}

	@Test
	void aCertificateWithoutASchoolCodeIsRefusedForThatNotAsAnotherSchools() throws Exception {

		X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "Trường Tiểu học Nguyễn Du")
			.addRDN(BCStyle.OU, "TEACHER").addRDN(BCStyle.SERIALNUMBER, "CCCD:" + TestPki.TEACHER_ID)
			.addRDN(BCStyle.CN, "Phạm Thu Hà").build();
		X509Certificate withoutCode = issue(subject);
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(7));

		assertThatExceptionOfType(SignatureRefused.class)
			.isThrownBy(() -> SigningRules.check(RecordXml.parse(TestPki.record()), CertificateRole.TEACHER,
					withoutCode, null, TestPki.TEACHER_ID, now))
			.satisfies(ex -> assertThat(ex.getMessageKey()).isEqualTo("signing.refused.noSchoolCode"));
	}

	private X509Certificate issue(X500Name subject) throws Exception {
		KeyPair keys = KeyType.EC_P256.generate();
		var builder = new JcaX509v3CertificateBuilder(pki.root, BigInteger.valueOf(System.nanoTime()),
				Date.from(pki.now.minus(Duration.ofDays(1))), Date.from(pki.now.plus(Duration.ofDays(30))), subject,
				keys.getPublic());
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
		builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
		return CertificateIssuer.certificate(builder, pki.rootKeys.getPrivate(), pki.keyType);
	}

}
