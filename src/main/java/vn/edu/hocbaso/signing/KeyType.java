package vn.edu.hocbaso.signing;

import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;

import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.spec.RSAPSSParameterSpec;

/**
 * The key types Circular 15/2025/TT-BKHCN allows for signing: RSA of 2048 bits with PSS, or ECDSA on P-256.
 * Each names its JCA signature algorithm and its XML signature method, so that the raw signature of the
 * benchmark and the XML signature use the same operation.
 */
public enum KeyType {

	/**
	 * ECDSA P-256 with SHA-256. The default: Debian's xmlsec1 1.2 (bookworm) verifies it, where it does not
	 * know RSA-PSS yet.
	 */
	EC_P256("EC", "SHA256withECDSA", "SHA256withECDSA"),

	/** RSA 2048 with PSS (MGF1, SHA-256, salt of 32 bytes), the RSA form the circular asks for. */
	RSA_PSS_2048("RSA", "RSASSA-PSS", "SHA256withRSAandMGF1");

	private static final PSSParameterSpec PSS = new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
			32, PSSParameterSpec.TRAILER_FIELD_BC);

	private final String keyAlgorithm;

	private final String jcaSignature;

	private final String certificateSignature;

	KeyType(String keyAlgorithm, String jcaSignature, String certificateSignature) {
		this.keyAlgorithm = keyAlgorithm;
		this.jcaSignature = jcaSignature;
		this.certificateSignature = certificateSignature;
	}

	public KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance(keyAlgorithm);
			if (this == EC_P256) {
				generator.initialize(new ECGenParameterSpec("secp256r1"));
			}
			else {
				generator.initialize(2048);
			}
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException | InvalidAlgorithmParameterException ex) {
			throw new IllegalStateException("Cannot generate a " + this + " key", ex);
		}
	}

	/** The key type of a public key; only the two allowed ones are known. */
	static KeyType of(PublicKey key) {
		if (key instanceof ECPublicKey) {
			return EC_P256;
		}
		if (key instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() >= 2048) {
			return RSA_PSS_2048;
		}
		throw new SignatureRefused("signing.refused.keyType", key.getAlgorithm());
	}

	/** The signature algorithm of Bouncy Castle's certificate and CRL builders. */
	String certificateSignature() {
		return certificateSignature;
	}

	/** A JCA signature set up as the XML signature method uses it. */
	java.security.Signature jcaSignature() throws GeneralSecurityException {
		return configured(java.security.Signature.getInstance(jcaSignature));
	}

	/** The same operation from the given provider, for instance Bouncy Castle's. */
	java.security.Signature jcaSignature(java.security.Provider provider) throws GeneralSecurityException {
		return configured(java.security.Signature.getInstance(jcaSignature, provider));
	}

	private java.security.Signature configured(java.security.Signature signature) throws GeneralSecurityException {
		if (this == RSA_PSS_2048) {
			signature.setParameter(PSS);
		}
		return signature;
	}

	/**
	 * The provider the XML signatures sign with, the faster of the two measured (README "Signing benchmark"):
	 * Bouncy Castle's for EC P-256, about twice the JDK's; null, the JDK's own, for RSA-PSS, where it is about a
	 * fifth faster than Bouncy Castle's.
	 */
	java.security.Provider xmlSignatureProvider() {
		return this == EC_P256 ? CertificateIssuer.BC : null;
	}

	SignatureMethod signatureMethod(XMLSignatureFactory factory) throws GeneralSecurityException {
		if (this == EC_P256) {
			return factory.newSignatureMethod(SignatureMethod.ECDSA_SHA256, null);
		}
		return factory.newSignatureMethod(SignatureMethod.RSA_PSS, new RSAPSSParameterSpec(PSS));
	}

}
