package vn.edu.hocbaso.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.edu.hocbaso.signing.SampleRecordFiles;
import vn.edu.hocbaso.signing.CertificateAuthority;
import vn.edu.hocbaso.signing.ServerKeySigner;
import vn.edu.hocbaso.testing.OrganisationFixture;
import vn.edu.hocbaso.testing.WebClient;
import vn.edu.hocbaso.testing.WebIntegrationTest;

/**
 * The offline command, {@code --verify-offline}, as a holder of a record uses it: the record's XML file, its
 * proof, the checkpoint, the department's key and the root certificate as files, and no server. The registry
 * (a Spring context) only makes the files: a record signed by the fixture school, locked into the log.
 */
@WebIntegrationTest
class OfflineVerificationIT {

	@Autowired
	TransparencyLog log;

	@Autowired
	RegistryIntake intake;

	@Autowired
	CertificateAuthority authority;

	@Autowired
	ServerKeySigner signer;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@LocalServerPort
	int port;

	@TempDir
	Path dir;

	byte[] sent;

	UUID code;

	@BeforeEach
	void aLockedRecordWithItsFiles() throws Exception {

		OrganisationFixture org = new OrganisationFixture(jdbc, encoder);
		RegistrySchool school = new RegistrySchool(org, org.schoolA, true, authority, signer, jdbc);
		sent = school.signedRecord(school.pupil("Nguyễn Thị Hoa"));
		code = SampleRecordFiles.lookupCode(sent);
		intake.submit(school.transaction("msg-" + UUID.randomUUID(), sent));
		log.lock(org.schoolA.id, org.yearId);

		Files.write(dir.resolve("record.xml"), intake.find(code).orElseThrow().xml());
		Files.writeString(dir.resolve("proof.json"), log.inclusionProof(code).orElseThrow().toJson());
		Files.writeString(dir.resolve("checkpoint.txt"), log.latestCheckpoint().orElseThrow().note());
		// the key and the checkpoint as anyone downloads them, without logging in
		WebClient web = new WebClient(port);
		Files.writeString(dir.resolve("department.pem"), web.get("/registry/log/department-key.pem").body());
		assertThat(web.get("/registry/log/checkpoint").body()).isEqualTo(log.latestCheckpoint().orElseThrow().note());
		Files.writeString(dir.resolve("root.pem"), "-----BEGIN CERTIFICATE-----\n"
				+ Base64.getMimeEncoder().encodeToString(authority.rootCertificate().getEncoded())
				+ "\n-----END CERTIFICATE-----\n");
	}

	@Test
	void verifiesTheRecordAsStoredAndAsTheSchoolSentIt() throws IOException {

		assertThat(run()).isZero();
		// The log proves what was locked, not whether the record was revoked or superseded since: the page says that.
		assertThat(printed).contains("OK: the record's signatures are valid and these exact bytes are in the "
				+ "department's transparency log, as locked at close-off.")
			.contains("The log cannot tell the record's current state (revoked, superseded): see its public page "
					+ "/verify/" + code)
			.doesNotContain("OK: the record is signed and in the department's transparency log");

		Files.write(dir.resolve("record.xml"), sent);
		assertThat(run()).isZero();
	}

	@Test
	void oneChangedByteFails() throws IOException {

		byte[] changed = Files.readAllBytes(dir.resolve("record.xml"));
		String text = new String(changed, StandardCharsets.UTF_8);
		int at = text.indexOf("<TEN_LOP>4A") + "<TEN_LOP>4".length();
		changed[text.substring(0, at).getBytes(StandardCharsets.UTF_8).length] = 'B';
		Files.write(dir.resolve("record.xml"), changed);

		assertThat(run()).isEqualTo(1);
		assertThat(printed).containsPattern("NOT VERIFIED: [2-9] checks failed\\.").contains("FAILED signature GVCN")
			.contains("FAILED the inclusion proof does not lead from this record's bytes to the checkpoint's root");
	}

	@Test
	void aCheckpointSignedWithAnotherKeyFails() throws Exception {

		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		Checkpoint checkpoint = log.latestCheckpoint().orElseThrow().checkpoint();
		SignedCheckpoint forged = new PrivateKeyCheckpointSigner(generator.generateKeyPair().getPrivate())
			.sign(checkpoint);
		Files.writeString(dir.resolve("checkpoint.txt"), forged.note());

		assertThat(run()).isEqualTo(1);
		assertThat(printed).contains("FAILED the checkpoint's signature is not the department's")
			.doesNotContain("FAILED the inclusion proof").contains("NOT VERIFIED: 1 check failed.")
			.doesNotContain("current state");
	}

	@Test
	void aProofForAnotherTreeOrAMissingFileFails() throws IOException {

		InclusionProof proof = InclusionProof.parse(Files.readString(dir.resolve("proof.json")));
		Files.writeString(dir.resolve("proof.json"),
				new InclusionProof(proof.lookupCode(), proof.leafIndex(), proof.treeSize() + 1, proof.auditPath())
					.toJson());
		assertThat(run()).isEqualTo(1);

		Files.delete(dir.resolve("proof.json"));
		assertThat(run()).isEqualTo(2);
	}

	String printed;

	private int run() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exitCode = OfflineVerification.run(new String[] { "--verify-offline",
				"--record=" + dir.resolve("record.xml"), "--proof=" + dir.resolve("proof.json"),
				"--checkpoint=" + dir.resolve("checkpoint.txt"), "--department-key=" + dir.resolve("department.pem"),
				"--root=" + dir.resolve("root.pem") }, new PrintStream(out, true, StandardCharsets.UTF_8));
		printed = out.toString(StandardCharsets.UTF_8);
		return exitCode;
	}

}
