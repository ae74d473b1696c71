package vn.edu.hocbaso.signing;

/**
 * Makes one signature in a record's national XML: the homeroom teacher's, the principal's or the school's.
 * {@link ServerKeySigner} signs at once with the holder's key kept on the server; {@link ExternalSigner} hands
 * out the digest and completes when the signature value comes back. Either refuses with
 * {@link SignatureRefused} and leaves the record as it was.
 */
public interface Signer {

	SigningOutcome sign(SignatureRequest request);

}
