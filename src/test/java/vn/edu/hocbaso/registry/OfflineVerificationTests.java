package vn.edu.hocbaso.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The offline command's parts that need no signed record: the proof file round trip, the department key's PEM,
 * the checks of proof and checkpoint against a record's bytes, and refusing bad options and unreadable files
 * (exit code 2, naming the option and file). The whole command on a
 * signed record is {@code OfflineVerificationIT}.
 */
@ExtendWith(OutputCaptureExtension.class)
class OfflineVerificationTests {

	@Test
	void theProofFileAndTheKeyFileReadBackAsWritten() throws Exception {

		InclusionProof proof = new InclusionProof(UUID.randomUUID(), 3, 7, List.of(new byte[32], filled(5)));
		InclusionProof read = InclusionProof.parse(proof.toJson());
		assertThat(read.lookupCode()).isEqualTo(proof.lookupCode());
		assertThat(read.leafIndex()).isEqualTo(3);
		assertThat(read.treeSize()).isEqualTo(7);
		assertThat(read.auditPath()).containsExactly(new byte[32], filled(5));
		assertThatIllegalArgumentException().isThrownBy(() -> InclusionProof.parse("{\"leafIndex\": 1}"));
		assertThatIllegalArgumentException().isThrownBy(() -> InclusionProof.parse("not json"));

		KeyPair keys = p256();
		assertThat(CheckpointKey.readPem(CheckpointKey.pem(keys.getPublic()))).isEqualTo(keys.getPublic());
	}

	@Test
	void checksTheProofAndTheCheckpointAgainstTheRecordsBytes() throws Exception {

		byte[] record = "<HOC_BA>unsigned</HOC_BA>".getBytes(StandardCharsets.UTF_8);
		List<byte[]> leaves = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			leaves.add(MerkleProofs.leafHash(("other " + i).getBytes(StandardCharsets.UTF_8)));
		}
		leaves.set(2, MerkleProofs.leafHash(record));
		MerkleTree tree = MerkleTree.over(LeafHashes.of(leaves));
		KeyPair department = p256();
		SignedCheckpoint checkpoint = new PrivateKeyCheckpointSigner(department.getPrivate())
			.sign(new Checkpoint("test/registry", 5, tree.root(), Instant.now()));
		InclusionProof proof = new InclusionProof(UUID.randomUUID(), 2, 5, tree.inclusionProof(2, 5));
		PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

		List<String> failures = OfflineVerification.verify(record, proof, checkpoint, department.getPublic(), null,
				quiet);
		// the record is not signed, so its signatures fail; the log's part holds
		assertThat(failures).isNotEmpty().noneMatch(failure -> failure.contains("inclusion proof")
				|| failure.contains("checkpoint"));

		byte[] changed = record.clone();
		changed[10] = 'X';
		assertThat(OfflineVerification.verify(changed, proof, checkpoint, department.getPublic(), null, quiet))
			.contains("the inclusion proof does not lead from this record's bytes to the checkpoint's root");
		assertThat(OfflineVerification.verify(record, proof, checkpoint, p256().getPublic(), null, quiet))
			.contains("the checkpoint's signature is not the department's");
	}

	@Test
	void refusesMissingOptionsWithExitCode2() {

		assertThat(run("--verify-offline", "--record=r.xml")).isEqualTo(2);
		assertThat(printed).contains("--proof=FILE is missing");
	}

	@Test
	void refusesAnUnknownOptionWithExitCode2(@TempDir Path dir) throws Exception {

		String[] files = files(dir);
		String[] args = Arrays.copyOf(files, files.length + 1);
		args[files.length] = "--bogus";

		assertThat(run(args)).isEqualTo(2);
		assertThat(printed).contains("unknown option \"--bogus\"").doesNotContain("OK");
	}

	@Test
	void requiresTheDepartmentKeySoThatOkMeansTheDepartmentSignedTheCheckpoint(@TempDir Path dir)
			throws Exception {

		String[] args = Arrays.stream(files(dir))
			.filter(arg -> !arg.startsWith("--department-key"))
			.toArray(String[]::new);

		assertThat(run(args)).isEqualTo(2);
		assertThat(printed).contains("--department-key=FILE is missing").doesNotContain("OK");
	}

	@Test
	void aRecordThatIsNotXmlIsUnreadableInputNamedWithoutParserNoise(@TempDir Path dir, CapturedOutput output)
			throws Exception {

		String[] args = files(dir);
		Path record = dir.resolve("record.xml");
		Files.writeString(record, "this is not XML");

		assertThat(run(args)).isEqualTo(2);
		assertThat(printed).contains("--record=" + record + ": unreadable input, not a record's XML");
		assertThat(output.getErr()).doesNotContain("[Fatal Error]");
	}

	@Test
	void aKeyFileThatCannotBeReadIsNamed(@TempDir Path dir) throws Exception {

		String[] args = files(dir);
		Path key = dir.resolve("department.pem");
		// a certificate where the department's public key belongs
		Files.writeString(key, "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");

		assertThat(run(args)).isEqualTo(2);
		assertThat(printed).contains("--department-key=" + key + ": unreadable input, not the department's public key")
			.contains("the file is a certificate (-----BEGIN CERTIFICATE-----), not the department's public key "
					+ "(-----BEGIN PUBLIC KEY-----)")
			.doesNotContain("Illegal base64");
	}

	@Test
	void aCheckpointFileThatIsNotOneIsExplainedInWordsNotAMessageKey(@TempDir Path dir) throws Exception {

		String[] args = files(dir);
		Path checkpoint = dir.resolve("checkpoint.txt");
		// the proof's JSON saved where the checkpoint belongs
		Files.writeString(checkpoint, Files.readString(dir.resolve("proof.json")));

		assertThat(run(args)).isEqualTo(2);
		assertThat(printed).contains("--checkpoint=" + checkpoint + ": unreadable input, not a signed checkpoint")
			.contains("it needs exactly four lines (origin, tree size, root hash, time)")
			.doesNotContain("registry.checkpoint");
	}

	@Test
	void anOptionGivenTwiceIsRefusedRatherThanTheLastTaken(@TempDir Path dir) throws Exception {

		String[] files = files(dir);
		String[] args = Arrays.copyOf(files, files.length + 1);
		args[files.length] = "--record=" + dir.resolve("other.xml");

		assertThat(run(args)).isEqualTo(2);
		assertThat(printed).contains("--record is given more than once").doesNotContain("OK");
	}

	String printed;

	private int run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exitCode = OfflineVerification.run(args, new PrintStream(out, true, StandardCharsets.UTF_8));
		printed = out.toString(StandardCharsets.UTF_8);
		return exitCode;
	}

	/** Readable files for every option: an unsigned record in a log of one, its proof and checkpoint, the key. */
	private static String[] files(Path dir) throws Exception {

		byte[] record = "<HOC_BA>unsigned</HOC_BA>".getBytes(StandardCharsets.UTF_8);
		MerkleTree tree = MerkleTree.over(LeafHashes.of(List.of(MerkleProofs.leafHash(record))));
		KeyPair department = p256();
		SignedCheckpoint checkpoint = new PrivateKeyCheckpointSigner(department.getPrivate())
			.sign(new Checkpoint("test/registry", 1, tree.root(), Instant.now()));
		Files.write(dir.resolve("record.xml"), record);
		Files.writeString(dir.resolve("proof.json"),
				new InclusionProof(UUID.randomUUID(), 0, 1, tree.inclusionProof(0, 1)).toJson());
		Files.writeString(dir.resolve("checkpoint.txt"), checkpoint.note());
		Files.writeString(dir.resolve("department.pem"), CheckpointKey.pem(department.getPublic()));
		Files.writeString(dir.resolve("root.pem"), "not read before the other files");
		return new String[] { "--verify-offline", "--record=" + dir.resolve("record.xml"),
				"--proof=" + dir.resolve("proof.json"), "--checkpoint=" + dir.resolve("checkpoint.txt"),
				"--department-key=" + dir.resolve("department.pem"), "--root=" + dir.resolve("root.pem") };
	}

	private static byte[] filled(int value) {
		byte[] hash = new byte[32];
		java.util.Arrays.fill(hash, (byte) value);
		return hash;
	}

	private static KeyPair p256() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		return generator.generateKeyPair();
	}

}
