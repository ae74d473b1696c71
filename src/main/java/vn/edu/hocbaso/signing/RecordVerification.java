package vn.edu.hocbaso.signing;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verifies a record's signatures against the built-in authority's root and CRL.
 *
 * <p>Only the demo root is trusted for now; the national roots (NEAC, old and new) and VGCA join this list when
 * real certificates are registered, from configuration.
 */
@Service
@Transactional
public class RecordVerification {

	private final CertificateAuthority authority;

	RecordVerification(CertificateAuthority authority) {
		this.authority = authority;
	}

	public VerificationResult verify(byte[] xml) {
		return new RecordVerifier(authority.trustedRoots(), List.of(authority.crl())).verify(xml);
	}

}
