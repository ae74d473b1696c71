package vn.edu.hocbaso.signing;

import org.bouncycastle.asn1.x509.CRLReason;

/**
 * Why a certificate is revoked, as a CRL says it (RFC 5280 reason codes).
 */
public enum RevocationReason {

	/** The key may be known to someone else, e.g. a lost token or a shared password. */
	KEY_COMPROMISE(CRLReason.keyCompromise),

	/** The holder left the school or changed role. */
	AFFILIATION_CHANGED(CRLReason.affiliationChanged),

	/** A new certificate replaces it. */
	SUPERSEDED(CRLReason.superseded),

	/** The holder no longer signs. */
	CESSATION_OF_OPERATION(CRLReason.cessationOfOperation);

	private final int code;

	RevocationReason(int code) {
		this.code = code;
	}

	int code() {
		return code;
	}

}
