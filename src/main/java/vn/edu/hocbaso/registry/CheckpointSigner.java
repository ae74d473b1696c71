package vn.edu.hocbaso.registry;

/**
 * Signs the department's checkpoints with its key: ECDSA on the P-256 curve with SHA-256, the signature in DER
 * (the JCA's {@code SHA256withECDSA}). The key may live in the server's keystore
 * ({@link PrivateKeyCheckpointSigner}) or elsewhere, e.g. a hardware token, behind another implementation.
 */
public interface CheckpointSigner {

	/** The DER-encoded ECDSA P-256 / SHA-256 signature of {@code data}. */
	byte[] sign(byte[] data);

	/** The checkpoint with the signature of its canonical text. */
	default SignedCheckpoint sign(Checkpoint checkpoint) {
		return new SignedCheckpoint(checkpoint, sign(checkpoint.signedBytes()));
	}

}
