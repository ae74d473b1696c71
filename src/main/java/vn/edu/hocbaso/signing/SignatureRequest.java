package vn.edu.hocbaso.signing;

import org.springframework.util.Assert;

/**
 * One signature to make.
 *
 * @param xml the record's national XML as it is now
 * @param role whose signature: the block it goes into
 * @param certificateId the certificate to sign with
 * @param expectedHolderId who the caller expects to sign: the class's homeroom teacher or the signing principal
 * (staff ID), or the record's school (school ID) for the issue signature
 * @param password the holder's key password, for a key on the server; null for an external signer
 */
public record SignatureRequest(byte[] xml, CertificateRole role, long certificateId, long expectedHolderId,
		char[] password) {

	public SignatureRequest {
		Assert.notNull(xml, "The record's XML must not be null");
		Assert.notNull(role, "The role must not be null");
	}

	@Override
	public String toString() {
		return "SignatureRequest[role=" + role + ", certificateId=" + certificateId + "]";
	}

}
