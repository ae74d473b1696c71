package vn.edu.hocbaso.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The offline command's parts that need no signed record: the proof file round trip, the department key's PEM,
 * the checks of proof and checkpoint against a record's bytes, and refusing bad options. The whole command on a
 * signed record is {@code OfflineVerificationIT}.
 */
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

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exitCode = OfflineVerification.run(new String[] { "--verify-offline", "--record=r.xml" },
				new PrintStream(out, true, StandardCharsets.UTF_8));

		assertThat(exitCode).isEqualTo(2);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("--proof=FILE is missing");
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
