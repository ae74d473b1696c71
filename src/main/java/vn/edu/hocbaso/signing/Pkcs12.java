package vn.edu.hocbaso.signing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;

/**
 * A holder's key and certificate in a PKCS#12 protected by the password the holder chose (the JDK protects it
 * with PBES2, AES-256 and HMAC-SHA-256). A wrong password is a refusal the user can act on.
 */
final class Pkcs12 {

	static final String ALIAS = "signing";

	private Pkcs12() {
	}

	/** The unlocked key and its certificate. */
	record Unlocked(PrivateKey key, X509Certificate certificate) {
	}

	/** The JDK's PKCS#12 takes ASCII passwords only; a password with diacritics is refused with a clear reason. */
	static byte[] create(PrivateKey key, X509Certificate certificate, X509Certificate root, char[] password) {

		if (password.length < 8 || !new String(password).chars().allMatch(c -> c > 32 && c < 127)) {
			throw new SignatureRefused("signing.refused.weakPassword");
		}
		try {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, null);
			store.setKeyEntry(ALIAS, key, password, new Certificate[] { certificate, root });
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			store.store(out, password);
			return out.toByteArray();
		}
		catch (GeneralSecurityException | IOException ex) {
			throw new IllegalStateException("Cannot make a PKCS#12", ex);
		}
	}

	static Unlocked unlock(byte[] pkcs12, char[] password) {
		try {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(new ByteArrayInputStream(pkcs12), password);
			return new Unlocked((PrivateKey) store.getKey(ALIAS, password),
					(X509Certificate) store.getCertificate(ALIAS));
		}
		catch (IOException ex) {
			// The JDK reports a wrong PKCS#12 password as an IOException caused by UnrecoverableKeyException.
			throw new SignatureRefused("signing.refused.wrongPassword");
		}
		catch (UnrecoverableKeyException ex) {
			throw new SignatureRefused("signing.refused.wrongPassword");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot open a PKCS#12", ex);
		}
	}

}
