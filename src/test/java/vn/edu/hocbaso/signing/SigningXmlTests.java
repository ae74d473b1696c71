package vn.edu.hocbaso.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.xml.crypto.dsig.XMLSignature;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;

import vn.edu.hocbaso.record.NationalRecordXml;

/**
 * The three XML signatures of a record, checked with the JDK's XML signature API alone (no code of this
 * module on the checking side) and with Debian's xmlsec1.
 */
class SigningXmlTests {

	private static final ZoneOffset ICT = ZoneOffset.ofHours(7);

	private static final OffsetDateTime TEACHER_SIGNS = OffsetDateTime.now(ICT).minusMinutes(30);

	@ParameterizedTest
	@EnumSource(KeyType.class)
	void threeSignaturesAreValidForTheJdkAloneAndTheRecordStaysValid(KeyType keyType) throws Exception {

		byte[] signed = signedThrice(new TestPki(keyType));

		assertThat(independentlyValid(signed)).containsExactly("GVCN:true", "CBQL:true", "KY_PHAT_HANH:true");
		NationalRecordXml.validate(signed);
		String text = new String(signed, StandardCharsets.UTF_8);
		assertThat(text).contains("<GVCN><NGAY_KY>").contains("<SO_CCCD>" + TestPki.TEACHER_ID + "</SO_CCCD>")
			.contains("SignatureProperty").contains("<SigningTime>").contains("X509SubjectName");
	}

	@Test
	void aRecordWrittenBeforeItsDataWasNamedGetsTheNameFromTheFirstSigner() throws Exception {

		TestPki pki = new TestPki(KeyType.EC_P256);
		String named = new String(TestPki.record(), StandardCharsets.UTF_8);
		String unnamed = named.replaceFirst("<DU_LIEU_HOC_BA Id=\"[^\"]+\">", "<DU_LIEU_HOC_BA>");
		Document document = RecordXml.parse(unnamed.getBytes(StandardCharsets.UTF_8));

		sign(document, CertificateRole.TEACHER, pki.teacher(), TEACHER_SIGNS);
		byte[] signed = RecordXml.serialise(document);

		assertThat(unnamed).doesNotContain("Id=");
		String lookupCode = RecordXml.general(document, RecordXml.MA_TRA_CUU_UUID);
		assertThat(new String(signed, StandardCharsets.UTF_8))
			.contains("<DU_LIEU_HOC_BA Id=\"HB-" + lookupCode + "\">");
		assertThat(independentlyValid(signed)).containsExactly("GVCN:true");
	}

	@Test
	void flippingOneCharacterOfTheDataBreaksEverySignatureOverIt() throws Exception {

		String signed = new String(signedThrice(new TestPki(KeyType.EC_P256)), StandardCharsets.UTF_8);
		byte[] tampered = signed.replace("<NHAN_XET_GVCN>Em ngoan", "<NHAN_XET_GVCN>Em ngoaN")
			.getBytes(StandardCharsets.UTF_8);

		assertThat(independentlyValid(tampered)).containsExactly("GVCN:false", "CBQL:false", "KY_PHAT_HANH:false");
	}

	@Test
	void anEcdsaValueIsRAndSOf32BytesEachAsXmlDsigWritesItNotDer() throws Exception {

		Document document = RecordXml.parse(signedThrice(new TestPki(KeyType.EC_P256)));

		for (CertificateRole role : CertificateRole.values()) {
			String value = RecordXml.child(XmlSignatures.signatureOf(document, role), "SignatureValue")
				.getTextContent();
			assertThat(Base64.getMimeDecoder().decode(value)).as(role.block()).hasSize(64);
		}
	}

	@Test
	void xmlsec1AcceptsEachSignatureWithTheDemoRoot(@TempDir Path dir) throws Exception {

		Xmlsec1.assumeInstalled();
		TestPki pki = new TestPki(KeyType.EC_P256);
		Path record = Files.write(dir.resolve("hoc-ba.xml"), signedThrice(pki));
		Path root = Files.writeString(dir.resolve("root.pem"), pem(pki.root));

		for (CertificateRole role : CertificateRole.values()) {
			assertThat(Xmlsec1.verify(record, root, role.block())).as(role.block()).contains("OK")
				.doesNotContain("error", "X509NameRead");
		}
		assertThat(Files.readString(record)).contains("serialNumber=CCCD:" + TestPki.TEACHER_ID,
				"organizationIdentifier=" + TestPki.SCHOOL).doesNotContain("2.5.4.5=", "2.5.4.97=");

		String tampered = Files.readString(record).replace("Em ngoan", "Em ngoaN");
		Path changed = Files.writeString(dir.resolve("changed.xml"), tampered);
		assertThat(Xmlsec1.verify(changed, root, "GVCN")).contains("FAIL");
	}

	static byte[] signedThrice(TestPki pki) {

		Document document = RecordXml.parse(TestPki.record());
		sign(document, CertificateRole.TEACHER, pki.teacher(), TEACHER_SIGNS);
		document = RecordXml.parse(RecordXml.serialise(document));
		sign(document, CertificateRole.PRINCIPAL, pki.principal(), TEACHER_SIGNS.plusMinutes(10));
		document = RecordXml.parse(RecordXml.serialise(document));
		sign(document, CertificateRole.SCHOOL_ISSUE, pki.school(), TEACHER_SIGNS.plusMinutes(20));

		return RecordXml.serialise(document);
	}

	private static void sign(Document document, CertificateRole role, TestPki.Signer signer, OffsetDateTime at) {
		XmlSignatures.sign(document, role, signer.keys().getPrivate(), signer.certificate(), at,
				signer.holder().personalId());
	}

	/** Each signature of the list checked by the JDK's API alone ({@link IndependentCheck}), as "GVCN:true". */
	static List<String> independentlyValid(byte[] xml) throws Exception {
		return IndependentCheck.signatures(xml).stream().map(IndependentCheck.Checked::toString).toList();
	}

	/** A change in the signed data: all three signatures named broken, by the verifier and by the JDK alone. */
	static void assertAllThreeBroken(VerificationResult result, byte[] tampered) throws Exception {
		assertThat(result.valid()).isFalse();
		assertThat(result.failedBlocks()).containsExactly("GVCN", "CBQL", "KY_PHAT_HANH");
		for (VerificationResult.SignatureCheck check : result.signatures()) {
			assertThat(check.findings()).as(check.block())
				.containsExactly(Finding.of("signing.verify.broken", check.block()));
		}
		assertThat(independentlyValid(tampered)).containsExactly("GVCN:false", "CBQL:false", "KY_PHAT_HANH:false");
	}

	static String pem(X509Certificate certificate) throws Exception {
		return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, "\n".getBytes())
			.encodeToString(certificate.getEncoded()) + "\n-----END CERTIFICATE-----\n";
	}

	/** Debian's xmlsec1, run on one block's signature. */
	static final class Xmlsec1 {

		static final Path PATH = Path.of("/usr/bin/xmlsec1");

		static void assumeInstalled() {
			boolean required = "true".equalsIgnoreCase(System.getenv().getOrDefault("REQUIRE_BROWSER_TESTS", ""));
			if (!Files.isExecutable(PATH) && required) {
				throw new IllegalStateException("xmlsec1 required but " + PATH + " not found; install Debian xmlsec1");
			}
			org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(PATH),
					"xmlsec1 check skipped: " + PATH + " not found; install Debian package xmlsec1");
		}

		static String verify(Path record, Path root, String block) throws Exception {
			Process process = new ProcessBuilder(PATH.toString(), "--verify", "--trusted-pem", root.toString(),
					"--id-attr:Id", "DU_LIEU_HOC_BA", "--id-attr:Id", XMLSignature.XMLNS + ":SignatureProperties",
					"--node-xpath", "//" + block + "/*[local-name()='Signature']", record.toString())
				.redirectErrorStream(true)
				.start();
			process.waitFor(30, TimeUnit.SECONDS);
			return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}

	}

}
