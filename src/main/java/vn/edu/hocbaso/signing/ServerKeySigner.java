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

		if (request.password() == null) {
			throw new SignatureRefused("signing.refused.wrongPassword");
		}
		Pkcs12.Unlocked key = authority.unlock(request.certificateId(), request.password());
		SignerChecks.Checked checked = checks.check(request);

		XmlSignatures.sign(checked.document(), request.role(), key.key(), checked.certificate(),
				checked.signingTime(), checked.personalId());

		return new SigningOutcome.Signed(RecordXml.serialise(checked.document()));
	}

}
