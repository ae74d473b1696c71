package vn.edu.hocbaso.registry;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;

/**
 * Signs checkpoints with a P-256 private key held in memory, e.g. the department's key read from its PKCS#12
 * keystore. The key never leaves this object.
 */
public final class PrivateKeyCheckpointSigner implements CheckpointSigner {

	private final PrivateKey key;

	public PrivateKeyCheckpointSigner(PrivateKey key) {
		EcdsaP256.check(key);
		this.key = key;
	}

	@Override
	public byte[] sign(byte[] data) {
		try {
			Signature signature = Signature.getInstance(EcdsaP256.ALGORITHM);
			signature.initSign(key);
			signature.update(data);
			return signature.sign();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("the checkpoint key cannot sign", e);
		}
	}

	@Override
	public String toString() {
		return "PrivateKeyCheckpointSigner[P-256]";
	}

}
