package vn.edu.hocbaso.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The external path: the digest out, the command-line signer's value and certificate back, the record completed
 * and valid; and every wrong value refused with the prepared record left as it was.
 */
class SigningExternalTests {

	private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.ofHours(7));

	private static final char[] PASSWORD = "Mat-khau-co-Ha-2027".toCharArray();

	@TempDir
	Path dir;

	@ParameterizedTest
	@EnumSource(KeyType.class)
	void signsThroughTheCommandLineSignerEndToEnd(KeyType keyType) throws Exception {

		TestPki pki = new TestPki(keyType);
		TestPki.Signer teacher = pki.teacher();
		ExternalSignatures.Prepared prepared = ExternalSignatures.prepare(TestPki.record(), CertificateRole.TEACHER,
				teacher.certificate(), NOW, TestPki.TEACHER_ID);

		Map<String, String> answer = commandLine(pki, teacher, prepared.digest());
		byte[] signed = ExternalSignatures.complete(prepared.document(), CertificateRole.TEACHER,
				Base64.getDecoder().decode(answer.get("signature")), certificate(answer), teacher.certificate());

		assertThat(SigningXmlTests.independentlyValid(signed)).containsExactly("GVCN:true");
	}

	@ParameterizedTest
	@EnumSource(KeyType.class)
	void refusesASignatureOverOtherDataAReplayedOneAndGarbage(KeyType keyType) throws Exception {

		TestPki pki = new TestPki(keyType);
		TestPki.Signer teacher = pki.teacher();
		ExternalSignatures.Prepared prepared = ExternalSignatures.prepare(TestPki.record(), CertificateRole.TEACHER,
				teacher.certificate(), NOW, TestPki.TEACHER_ID);
		ExternalSignatures.Prepared another = ExternalSignatures.prepare(TestPki.record(), CertificateRole.TEACHER,
				teacher.certificate(), NOW, TestPki.TEACHER_ID);
		byte[] before = prepared.document().clone();
		byte[] good = DigestSigning.signDigest(teacher.keys().getPrivate(), prepared.digest());
		byte[] replayed = DigestSigning.signDigest(teacher.keys().getPrivate(), another.digest());
		byte[] otherData = DigestSigning.signDigest(teacher.keys().getPrivate(),
				DigestSigning.digest("something else".getBytes(StandardCharsets.UTF_8)));

		// An ECDSA value that is neither DER nor r and s is refused as malformed before any check; an RSA value of
		// the wrong size fails the check against the prepared data.
		String malformed = keyType == KeyType.EC_P256 ? "signing.refused.signatureValue"
				: "signing.refused.signatureMismatch";
		Map<String, byte[]> values = new java.util.LinkedHashMap<>();
		values.put("signing.refused.signatureMismatch replayed", replayed);
		values.put("signing.refused.signatureMismatch otherData", otherData);
		values.put(malformed + " truncated", Arrays.copyOf(good, good.length / 2));
		values.put(malformed + " garbage", "not a signature at all".getBytes(StandardCharsets.UTF_8));
		values.put(malformed + " empty", new byte[0]);
		values.forEach((expected, value) -> assertThatExceptionOfType(SignatureRefused.class).as(expected)
			.isThrownBy(() -> ExternalSignatures.complete(prepared.document(), CertificateRole.TEACHER, value,
					teacher.certificate(), teacher.certificate()))
			.satisfies(ex -> assertThat(ex.getMessageKey()).isEqualTo(expected.split(" ")[0])));
		assertThat(prepared.document()).isEqualTo(before);
		assertThat(ExternalSignatures.complete(prepared.document(), CertificateRole.TEACHER, good,
				teacher.certificate(), teacher.certificate())).isNotEmpty();
	}

	@ParameterizedTest
	@EnumSource(KeyType.class)
	void refusesTheRightValueWithAnotherCertificate(KeyType keyType) {

		TestPki pki = new TestPki(keyType);
		TestPki.Signer teacher = pki.teacher();
		ExternalSignatures.Prepared prepared = ExternalSignatures.prepare(TestPki.record(), CertificateRole.TEACHER,
				teacher.certificate(), NOW, TestPki.TEACHER_ID);

		assertThatExceptionOfType(SignatureRefused.class).isThrownBy(() -> ExternalSignatures.complete(
				prepared.document(), CertificateRole.TEACHER, new byte[64], pki.teacher().certificate(),
				teacher.certificate()))
			.satisfies(ex -> assertThat(ex.getMessageKey()).isEqualTo("signing.refused.otherCertificate"));
	}

	@ParameterizedTest
	@EnumSource(KeyType.class)
	void refusesAWrongKeyPasswordAndAPasswordWithDiacritics(KeyType keyType) {

		TestPki pki = new TestPki(keyType);
		TestPki.Signer teacher = pki.teacher();
		byte[] pkcs12 = Pkcs12.create(teacher.keys().getPrivate(), teacher.certificate(), pki.root, PASSWORD);

		assertThat(Pkcs12.unlock(pkcs12, PASSWORD).certificate()).isEqualTo(teacher.certificate());
		assertThatExceptionOfType(SignatureRefused.class)
			.isThrownBy(() -> Pkcs12.unlock(pkcs12, "Mat-khau-sai".toCharArray()))
			.satisfies(ex -> assertThat(ex.getMessageKey()).isEqualTo("signing.refused.wrongPassword"));
		assertThatExceptionOfType(SignatureRefused.class)
			.isThrownBy(() -> Pkcs12.create(teacher.keys().getPrivate(), teacher.certificate(), pki.root,
					"mật khẩu của cô Hà".toCharArray()))
			.satisfies(ex -> assertThat(ex.getMessageKey()).isEqualTo("signing.refused.weakPassword"));
	}

	private Map<String, String> commandLine(TestPki pki, TestPki.Signer signer, byte[] digest) throws Exception {

		Path file = Files.write(dir.resolve("gvcn.p12"),
				Pkcs12.create(signer.keys().getPrivate(), signer.certificate(), pki.root, PASSWORD));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		String[] args = { "--pkcs12=" + file, "--password-env=SIGNER_PASSWORD",
				"--digest=" + Base64.getEncoder().encodeToString(digest) };

		int exit = ExternalSignerCommand.run(args, Map.of("SIGNER_PASSWORD", new String(PASSWORD)),
				new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

		assertThat(exit).isZero();
		return out.toString(StandardCharsets.UTF_8).lines()
			.map(line -> line.split("=", 2))
			.collect(java.util.stream.Collectors.toMap(parts -> parts[0], parts -> parts[1]));
	}

	private static java.security.cert.X509Certificate certificate(Map<String, String> answer) throws Exception {
		byte[] der = Base64.getDecoder().decode(answer.get("certificate"));
		return (java.security.cert.X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
			.generateCertificate(new java.io.ByteArrayInputStream(der));
	}

}
