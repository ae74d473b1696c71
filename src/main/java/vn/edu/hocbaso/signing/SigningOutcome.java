package vn.edu.hocbaso.signing;

import java.time.Instant;
import java.util.UUID;

/**
 * What a signer gives back: the signed record, or a signature waiting for an external signer's value.
 */
public sealed interface SigningOutcome {

	/** The record's XML with the new signature. */
	record Signed(byte[] xml) implements SigningOutcome {
	}

	/**
	 * @param id what the external signer quotes when it returns the value
	 * @param digest the SHA-256 digest to sign, and nothing else of the record
	 * @param expiresAt after this the value is no longer accepted
	 */
	record Pending(UUID id, byte[] digest, Instant expiresAt) implements SigningOutcome {
	}

}
