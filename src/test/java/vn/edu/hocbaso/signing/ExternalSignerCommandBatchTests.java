package vn.edu.hocbaso.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line signer's batch mode: every digest of a requests file signed with the PKCS#12's key, the
 * responses file naming each request; a file that is not a requests file is refused and nothing is written.
 */
class ExternalSignerCommandBatchTests {

	private static final char[] PASSWORD = "Mat-khau-2027".toCharArray();

	@TempDir
	Path dir;

	@Test
	void signsEveryDigestOfTheRequestsFile() throws Exception {

		TestPki pki = new TestPki(KeyType.EC_P256);
		TestPki.Signer teacher = pki.teacher();
		byte[] first = DigestSigning.digest("<SignedInfo>1</SignedInfo>".getBytes(StandardCharsets.UTF_8));
		byte[] second = DigestSigning.digest("<SignedInfo>2</SignedInfo>".getBytes(StandardCharsets.UTF_8));
		UUID batchId = UUID.randomUUID();
		List<ExternalBatchFiles.Request> requests = List.of(request(first), request(second));
		Files.write(dir.resolve("requests.json"), ExternalBatchFiles.write(new ExternalBatchFiles.Requests(batchId,
				CertificateRole.TEACHER, teacher.certificate().getSerialNumber().toString(16),
				ExternalBatchFiles.DIGEST_ALGORITHM, requests)));

		int exit = run(teacher, pki);

		assertThat(exit).isZero();
		ExternalBatchFiles.Responses responses = ExternalBatchFiles.readResponses(
				Files.readAllBytes(dir.resolve("responses.json")));
		assertThat(responses.batchId()).isEqualTo(batchId);
		assertThat(responses.responses()).extracting(ExternalBatchFiles.Response::id)
			.containsExactly(requests.get(0).id(), requests.get(1).id());
		assertThat(Base64.getDecoder().decode(responses.responses().get(0).certificate()))
			.isEqualTo(teacher.certificate().getEncoded());
		Signature verifier = Signature.getInstance("NONEwithECDSAinP1363Format");
		verifier.initVerify(teacher.certificate().getPublicKey());
		verifier.update(second);
		assertThat(verifier.verify(Base64.getDecoder().decode(responses.responses().get(1).signature()))).isTrue();
	}

	@Test
	void refusesAFileThatIsNotARequestsFileAndWritesNothing() throws Exception {

		TestPki pki = new TestPki(KeyType.EC_P256);
		Files.writeString(dir.resolve("requests.json"), "{\"requests\": [ {\"id\": ");

		assertThat(run(pki.teacher(), pki)).isEqualTo(2);
		assertThat(dir.resolve("responses.json")).doesNotExist();
	}

	@Test
	void refusesARequestsFileForAnotherCertificateAndWritesNothing() throws Exception {

		TestPki pki = new TestPki(KeyType.EC_P256);
		TestPki.Signer teacher = pki.teacher();
		String otherSerial = teacher.certificate().getSerialNumber().add(BigInteger.ONE).toString(16);
		byte[] digest = DigestSigning.digest("<SignedInfo>1</SignedInfo>".getBytes(StandardCharsets.UTF_8));
		Files.write(dir.resolve("requests.json"), ExternalBatchFiles.write(new ExternalBatchFiles.Requests(
				UUID.randomUUID(), CertificateRole.TEACHER, otherSerial, ExternalBatchFiles.DIGEST_ALGORITHM,
				List.of(request(digest)))));
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		int exit = run(teacher, pki, Map.of("SIGNER_PASSWORD", new String(PASSWORD)), err);

		assertThat(exit).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("certificateSerial " + otherSerial);
		assertThat(dir.resolve("responses.json")).doesNotExist();
	}

	@Test
	void anUnsetPasswordVariableIsNamedNotTakenForAWrongPassword() throws Exception {

		TestPki pki = new TestPki(KeyType.EC_P256);
		Files.write(dir.resolve("requests.json"), ExternalBatchFiles.write(new ExternalBatchFiles.Requests(
				UUID.randomUUID(), CertificateRole.TEACHER, null, ExternalBatchFiles.DIGEST_ALGORITHM, List.of())));
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		int exit = run(pki.teacher(), pki, Map.of(), err);

		assertThat(exit).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("SIGNER_PASSWORD").contains("not set")
			.doesNotContain("wrong password");
		assertThat(dir.resolve("responses.json")).doesNotExist();
	}

	private int run(TestPki.Signer signer, TestPki pki) throws Exception {
		return run(signer, pki, Map.of("SIGNER_PASSWORD", new String(PASSWORD)), new ByteArrayOutputStream());
	}

	private int run(TestPki.Signer signer, TestPki pki, Map<String, String> environment, ByteArrayOutputStream err)
			throws Exception {
		Path key = Files.write(dir.resolve("gvcn.p12"),
				Pkcs12.create(signer.keys().getPrivate(), signer.certificate(), pki.root, PASSWORD));
		String[] args = { "--pkcs12=" + key, "--password-env=SIGNER_PASSWORD",
				"--requests=" + dir.resolve("requests.json"), "--out=" + dir.resolve("responses.json") };
		return ExternalSignerCommand.run(args, environment,
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private static ExternalBatchFiles.Request request(byte[] digest) {
		return new ExternalBatchFiles.Request(UUID.randomUUID(), 1, UUID.randomUUID().toString(), "Nguyễn Văn An",
				"4A", Base64.getEncoder().encodeToString(digest));
	}

}
