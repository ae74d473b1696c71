package vn.edu.hocbaso.signing;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs with the holder's key kept on the server, unlocked for this one signature by the password the holder
 * gives; the password is neither stored nor logged.
 */
@Service
@Transactional(readOnly = true)
public class ServerKeySigner implements Signer {

	private final SignerChecks checks;

	private final CertificateAuthority authority;

	ServerKeySigner(SignerChecks checks, CertificateAuthority authority) {
		this.checks = checks;
		this.authority = authority;
	}

	@Override
	public SigningOutcome.Signed sign(SignatureRequest request) {

		// A revoked or expired certificate is refused as such, before its password is even tried.
		checks.registered(request.certificateId());
		if (request.password() == null) {
			throw new SignatureRefused("signing.refused.wrongPassword");
		}
		return sign(request, authority.unlock(request.certificateId(), request.password()));
	}

	/**
	 * The same with a key already unlocked: a batch opens the PKCS#12 once (its key derivation is slow on purpose)
	 * and signs every record with the key held in memory for the batch only.
	 */
	SigningOutcome.Signed sign(SignatureRequest request, Pkcs12.Unlocked key) {

		SignerChecks.Checked checked = checks.check(request);

		XmlSignatures.sign(checked.document(), request.role(), key.key(), checked.certificate(),
				checked.signingTime(), checked.personalId());

		return new SigningOutcome.Signed(RecordXml.serialise(checked.document()));
	}

}
