package vn.edu.hocbaso.registry;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A checkpoint with the department's ECDSA P-256 / SHA-256 signature of its canonical text. As a note (a file
 * that can be published and handed to the offline command) it is the checkpoint's text, a blank line and one
 * signature line, {@code "— <origin> <Base64 of the DER signature>"}, in the manner of a transparency-dev signed
 * note (which would also put a key hash before the signature; here the key is known from the department's
 * certificate).
 * <p>
 * Verifying checks the signature only; whether the certificate was the department's and valid at the
 * checkpoint's time is for the caller, who knows the department's certificates.
 */
public record SignedCheckpoint(Checkpoint checkpoint, byte[] signature) {

	private static final String DASH = "\u2014 ";

	public SignedCheckpoint {
		Objects.requireNonNull(checkpoint, "checkpoint");
		if (signature == null || signature.length == 0) {
			throw new CheckpointRefused("registry.checkpoint.signatureLine");
		}
		signature = signature.clone();
	}

	@Override
	public byte[] signature() {
		return signature.clone();
	}

	/** Whether the signature is the checkpoint's, made with the private key of {@code key} (P-256). */
	public boolean verify(PublicKey key) {
		EcdsaP256.check(key);
		try {
			Signature verifier = Signature.getInstance(EcdsaP256.ALGORITHM);
			verifier.initVerify(key);
			verifier.update(checkpoint.signedBytes());
			return verifier.verify(signature);
		}
		catch (GeneralSecurityException e) {
			// A signature that is not even DER is simply not a valid signature.
			return false;
		}
	}

	/** Whether the signature is the checkpoint's, made with the key of {@code certificate}. */
	public boolean verify(X509Certificate certificate) {
		return verify(certificate.getPublicKey());
	}

	/** The signed note: the checkpoint text, a blank line, the signature line. */
	public String note() {
		return checkpoint.text() + "\n" + DASH + checkpoint.origin() + " "
				+ Base64.getEncoder().encodeToString(signature) + "\n";
	}

	/** Reads a signed note as {@link #note()} writes it; the signature is not verified here. */
	public static SignedCheckpoint parse(String note) {
		int blank = note == null ? -1 : note.indexOf("\n\n");
		if (blank < 0) {
			throw new CheckpointRefused("registry.checkpoint.malformed");
		}
		Checkpoint checkpoint = Checkpoint.parse(note.substring(0, blank + 1));
		String line = note.substring(blank + 2);
		String prefix = DASH + checkpoint.origin() + " ";
		if (!line.startsWith(prefix) || !line.endsWith("\n") || line.indexOf('\n') != line.length() - 1) {
			throw new CheckpointRefused("registry.checkpoint.signatureLine");
		}
		try {
			return new SignedCheckpoint(checkpoint,
					Base64.getDecoder().decode(line.substring(prefix.length(), line.length() - 1)));
		}
		catch (IllegalArgumentException e) {
			throw new CheckpointRefused("registry.checkpoint.signatureLine");
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedCheckpoint that && checkpoint.equals(that.checkpoint)
				&& Arrays.equals(signature, that.signature);
	}

	@Override
	public int hashCode() {
		return Objects.hash(checkpoint, Arrays.hashCode(signature));
	}

	@Override
	public String toString() {
		return "SignedCheckpoint[" + checkpoint + "]";
	}

}
