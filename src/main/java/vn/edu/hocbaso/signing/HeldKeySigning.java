package vn.edu.hocbaso.signing;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;

import org.springframework.stereotype.Service;

/**
 * Signs many records with one certificate whose key the server keeps, its PKCS#12 opened once with the holder's
 * password, as a batch does inside this module: for work outside the approval steps that signs in bulk, such as
 * the registry's benchmark and the demo city's history in the registry. The held key also seals the school's
 * transactions when the certificate is the school's issue certificate. The key lives in the returned object only.
 */
@Service
public class HeldKeySigning {

	private final SignerChecks checks;

	private final CertificateAuthority authority;

	private final ServerKeySigner signer;

	HeldKeySigning(SignerChecks checks, CertificateAuthority authority, ServerKeySigner signer) {
		this.checks = checks;
		this.authority = authority;
		this.signer = signer;
	}

	/**
	 * Unlocks the certificate's key; a revoked, expired or unapproved certificate and a wrong password are refused
	 * as a signature would be ({@link SignatureRefused}).
	 */
	public HeldKey hold(long certificateId, char[] password) {
		checks.registered(certificateId);
		if (password == null) {
			throw new SignatureRefused("signing.refused.wrongPassword");
		}
		return new HeldKey(signer, certificateId, authority.unlock(certificateId, password));
	}

	/** One unlocked key with its certificate. */
	public static final class HeldKey {

		private final ServerKeySigner signer;

		private final long certificateId;

		private final Pkcs12.Unlocked key;

		HeldKey(ServerKeySigner signer, long certificateId, Pkcs12.Unlocked key) {
			this.signer = signer;
			this.certificateId = certificateId;
			this.key = key;
		}

		/** Signs the record with the rules and checks every signature passes ({@link SignerChecks}). */
		public byte[] sign(byte[] xml, CertificateRole role, long expectedHolderId) {
			return signer.sign(new SignatureRequest(xml, role, certificateId, expectedHolderId, null), key).xml();
		}

		public PrivateKey privateKey() {
			return key.key();
		}

		public X509Certificate certificate() {
			return key.certificate();
		}

		@Override
		public String toString() {
			// The key stays out of logs.
			return "HeldKey[certificate " + certificateId + "]";
		}

	}

}
