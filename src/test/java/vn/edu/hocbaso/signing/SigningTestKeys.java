package vn.edu.hocbaso.signing;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/**
 * For tests of other modules: the key and certificate of a certificate whose key the built-in authority keeps,
 * unlocked with the holder's password, as the holder's own PKCS#12 download would give them. The registry's
 * tests sign transaction envelopes with a school's issue key this way.
 */
public final class SigningTestKeys {

	/** A holder's key and certificate. */
	public record Key(PrivateKey key, X509Certificate certificate) {
	}

	private SigningTestKeys() {
	}

	public static Key unlock(CertificateAuthority authority, long certificateId, char[] password) {
		Pkcs12.Unlocked unlocked = authority.unlock(certificateId, password);
		return new Key(unlocked.key(), unlocked.certificate());
	}

}
