package vn.edu.hocbaso.signing;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs with a key the server never sees: {@link #sign} prepares the signature and hands out only its digest;
 * {@link #complete} takes the signature value and certificate back, minutes later if need be, and gives the
 * signed record once the value proves to be that certificate's signature of exactly the prepared SignedInfo.
 * Anything else is refused and the record stays as it was.
 */
@Service
@Transactional
public class ExternalSigner implements Signer {

	private final SignerChecks checks;

	private final PendingSignatureRepository pending;

	private final SigningProperties properties;

	private final Clock clock;

	ExternalSigner(SignerChecks checks, PendingSignatureRepository pending, SigningProperties properties,
			Clock clock) {
		this.checks = checks;
		this.pending = pending;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public SigningOutcome.Pending sign(SignatureRequest request) {

		SignerChecks.Checked checked = checks.check(request);
		ExternalSignatures.Prepared prepared = ExternalSignatures.prepare(request.xml(), request.role(),
				checked.certificate(), checked.signingTime(), checked.personalId());
		Instant now = clock.instant();
		pending.deleteExpired(now);

		PendingSignature saved = pending.save(new PendingSignature(request.certificateId(), request.role(), prepared,
				now, now.plus(properties.externalExpiry())));
		return new SigningOutcome.Pending(saved.getId(), saved.getDigest(), saved.getExpiresAt());
	}

	/**
	 * @param signatureValue as the signer made it: RSA-PSS, or ECDSA as DER or as r and s
	 * @param certificate the signer's certificate, PEM or DER; it must be the one the signature was prepared for
	 */
	public SigningOutcome.Signed complete(UUID id, byte[] signatureValue, byte[] certificate) {

		PendingSignature prepared = pending.findById(id)
			.filter(waiting -> waiting.getExpiresAt().isAfter(clock.instant()))
			.orElseThrow(() -> new SignatureRefused("signing.refused.noPendingSignature"));
		SigningCertificate registered = checks.registered(prepared.getCertificateId());

		byte[] signed = ExternalSignatures.complete(prepared.getDocument(), prepared.getRole(), signatureValue,
				CertificateAuthority.parse(certificate), registered.certificate());
		pending.delete(prepared);

		return new SigningOutcome.Signed(signed);
	}

}
