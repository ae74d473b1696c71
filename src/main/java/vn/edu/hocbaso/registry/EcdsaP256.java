package vn.edu.hocbaso.registry;

import java.security.Key;
import java.security.interfaces.ECKey;

/** The one signature scheme of checkpoints: ECDSA on P-256 with SHA-256. */
final class EcdsaP256 {

	static final String ALGORITHM = "SHA256withECDSA";

	private EcdsaP256() {
	}

	/** Refuses any key that is not on P-256, so a checkpoint is never signed or accepted with a weaker one. */
	static void check(Key key) {
		if (!(key instanceof ECKey ec) || ec.getParams().getOrder().bitLength() != 256
				|| ec.getParams().getCurve().getField().getFieldSize() != 256) {
			throw new CheckpointRefused("registry.checkpoint.key");
		}
	}

}
