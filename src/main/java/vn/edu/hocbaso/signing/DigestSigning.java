package vn.edu.hocbaso.signing;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.util.Arrays;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.engines.RSABlindedEngine;
import org.bouncycastle.crypto.signers.PSSSigner;
import org.bouncycastle.crypto.util.PrivateKeyFactory;

/**
 * The hash-out, signature-back half of signing: the SHA-256 digest of a canonical SignedInfo, a signature over
 * such a digest as a token or a remote signing service makes it, and the signature value in the form XMLDSig
 * writes it (ECDSA as r and s side by side, 64 bytes, rather than the DER sequence most services return).
 */
final class DigestSigning {

	private static final int EC_PART = 32;

	private DigestSigning() {
	}

	static byte[] digest(byte[] canonicalSignedInfo) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(canonicalSignedInfo);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("No SHA-256", ex);
		}
	}

	/** Signs a SHA-256 digest with ECDSA P-256 or RSA-PSS, as the signature method of that key type does. */
	static byte[] signDigest(PrivateKey key, byte[] digest) throws GeneralSecurityException {

		if (key instanceof ECPrivateKey) {
			Signature ecdsa = Signature.getInstance("NONEwithECDSA");
			ecdsa.initSign(key);
			ecdsa.update(digest);
			return toXmlDsig(KeyType.EC_P256, ecdsa.sign());
		}

		try {
			PSSSigner pss = PSSSigner.createRawSigner(new RSABlindedEngine(), new SHA256Digest(), new SHA256Digest(),
					32, PSSSigner.TRAILER_IMPLICIT);
			pss.init(true, PrivateKeyFactory.createKey(key.getEncoded()));
			pss.update(digest, 0, digest.length);
			return pss.generateSignature();
		}
		catch (CryptoException | java.io.IOException ex) {
			throw new GeneralSecurityException("Cannot sign the digest with RSA-PSS", ex);
		}
	}

	/**
	 * The signature value as XMLDSig writes it. An ECDSA value may come as DER or already as r and s; anything
	 * that is neither is refused here, before the signature check.
	 */
	static byte[] toXmlDsig(KeyType keyType, byte[] value) {

		if (keyType != KeyType.EC_P256 || value.length == 2 * EC_PART) {
			return value;
		}
		try {
			ASN1Sequence sequence = ASN1Sequence.getInstance(value);
			byte[] raw = new byte[2 * EC_PART];
			place(ASN1Integer.getInstance(sequence.getObjectAt(0)).getValue(), raw, 0);
			place(ASN1Integer.getInstance(sequence.getObjectAt(1)).getValue(), raw, EC_PART);
			return raw;
		}
		catch (RuntimeException ex) {
			throw new SignatureRefused("signing.refused.signatureValue");
		}
	}

	private static void place(BigInteger part, byte[] target, int offset) {

		byte[] bytes = part.toByteArray();
		if (bytes.length > EC_PART + 1 || bytes.length == EC_PART + 1 && bytes[0] != 0) {
			throw new SignatureRefused("signing.refused.signatureValue");
		}

		byte[] unsigned = bytes.length > EC_PART ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
		System.arraycopy(unsigned, 0, target, offset + EC_PART - unsigned.length, unsigned.length);
	}

}
