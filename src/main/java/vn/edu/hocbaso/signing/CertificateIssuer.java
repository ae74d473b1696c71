package vn.edu.hocbaso.signing;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The certificate authority's operations, with Bouncy Castle: a self-signed root, personal and school
 * certificates (keyUsage digitalSignature and nonRepudiation, as signing-notes §6 describes), and CRLs with a
 * number, a reason per entry and the next update. It keeps no state; {@link CertificateAuthority} keeps the
 * root and the register.
 */
final class CertificateIssuer {

	/** Bouncy Castle as a provider object, not installed in the JVM, so that nothing else changes provider. */
	static final Provider BC = new BouncyCastleProvider();

	private CertificateIssuer() {
	}

	/** The root's key and certificate. */
	record IssuingKey(X509Certificate certificate, PrivateKey privateKey) {
	}

	/** One line of a CRL: the certificate's serial, when it was revoked and why (RFC 5280 reason code). */
	record Revocation(BigInteger serial, Instant revokedAt, int reason) {
	}

	static X509Certificate root(String name, KeyPair keys, BigInteger serial, Instant from, Instant to) {

		X500Name subject = new X500Name("CN=" + name + ", O=Học bạ số, C=VN");
		try {
			X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial, Date.from(from),
					Date.from(to), subject, keys.getPublic());
			JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
			builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
			builder.addExtension(Extension.subjectKeyIdentifier, false,
					extensions.createSubjectKeyIdentifier(keys.getPublic()));
			return certificate(builder, keys.getPrivate(), KeyType.of(keys.getPublic()));
		}
		catch (GeneralSecurityException | CertIOException ex) {
			throw new IllegalStateException("Cannot make the root certificate", ex);
		}
	}

	static X509Certificate issue(IssuingKey issuer, Holder holder, PublicKey key, BigInteger serial, Instant from,
			Instant to) {
		try {
			X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer.certificate(), serial,
					Date.from(from), Date.from(to), holder.subject(), key);
			JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
			builder.addExtension(Extension.keyUsage, true,
					new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
			builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(key));
			builder.addExtension(Extension.authorityKeyIdentifier, false,
					extensions.createAuthorityKeyIdentifier(issuer.certificate()));
			return certificate(builder, issuer.privateKey(), KeyType.of(issuer.certificate().getPublicKey()));
		}
		catch (GeneralSecurityException | CertIOException ex) {
			throw new IllegalStateException("Cannot issue a certificate for " + holder.role(), ex);
		}
	}

	static X509CRL crl(IssuingKey issuer, List<Revocation> revocations, BigInteger number, Instant thisUpdate,
			Instant nextUpdate) {
		try {
			X509v2CRLBuilder builder = new JcaX509v2CRLBuilder(issuer.certificate(), Date.from(thisUpdate));
			builder.setNextUpdate(Date.from(nextUpdate));
			revocations.forEach(revoked -> builder.addCRLEntry(revoked.serial(), Date.from(revoked.revokedAt()),
					revoked.reason()));
			builder.addExtension(Extension.cRLNumber, false, new CRLNumber(number));
			builder.addExtension(Extension.authorityKeyIdentifier, false,
					new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(issuer.certificate()));
			ContentSigner signer = signer(issuer.privateKey(), KeyType.of(issuer.certificate().getPublicKey()));
			return new JcaX509CRLConverter().getCRL(builder.build(signer));
		}
		catch (GeneralSecurityException | CertIOException ex) {
			throw new IllegalStateException("Cannot make the CRL", ex);
		}
	}

	static X509Certificate certificate(X509v3CertificateBuilder builder, PrivateKey key, KeyType type)
			throws GeneralSecurityException {
		return new JcaX509CertificateConverter().getCertificate(builder.build(signer(key, type)));
	}

	private static ContentSigner signer(PrivateKey key, KeyType type) throws GeneralSecurityException {
		try {
			return new JcaContentSignerBuilder(type.certificateSignature()).setProvider(BC).build(key);
		}
		catch (OperatorCreationException ex) {
			throw new GeneralSecurityException(ex);
		}
	}

}
