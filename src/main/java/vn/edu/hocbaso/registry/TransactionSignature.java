package vn.edu.hocbaso.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Collection;
import java.util.List;

import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The sending school's signature on a transaction, its {@code Signature} field. The spec asks for the sender's
 * organisational signature on each transaction but does not say over what nor in what form (see
 * {@link TransactionRequest}); this registry decides [project decision]:
 * <ul>
 * <li><b>What is signed</b>: the UTF-8 bytes of {@code messageid}, {@code ma_don_vi}, {@code nam_hoc},
 * {@code type}, {@code function} and {@code content}, each followed by a line feed, an absent field as an empty
 * line ({@link #signedBytes}). The envelope's fields are bound to the content, so a captured content cannot be
 * sent again under another message id, school, year or function (a revocation request turned into a withdrawal),
 * and the registry checks the signature before it inflates anything a stranger sent.</li>
 * <li><b>Form</b>: a detached CMS SignedData (RFC 5652) in Base64, with exactly one signer and that signer's
 * certificate inside, SHA-256 with ECDSA P-256 or RSA-PSS, the two key types the signing module issues.</li>
 * <li><b>Who</b>: the certificate must be the sending school's issue certificate (SCHOOL_ISSUE) that the
 * department approved, valid and not revoked now; the registry compares it with the registered ones.</li>
 * </ul>
 */
public final class TransactionSignature {

	private static final Provider BC = new BouncyCastleProvider();

	private TransactionSignature() {
	}

	/** The bytes the signature covers. */
	public static byte[] signedBytes(AuthenticationRequest sender, String content) {
		String type = sender.type() == null ? "" : Integer.toString(sender.type().code());
		String text = String.join("\n", nullToEmpty(sender.messageId()), nullToEmpty(sender.schoolCode()),
				sender.schoolYear() == null ? "" : sender.schoolYear().toString(), type,
				nullToEmpty(sender.function()), nullToEmpty(content)) + "\n";
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** Signs a request with the school's issue key: what a sending school system does. */
	public static TransactionRequest sign(TransactionRequest request, PrivateKey key, X509Certificate certificate) {
		try {
			CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
					new JcaDigestCalculatorProviderBuilder().setProvider(BC).build())
				.build(new JcaContentSignerBuilder(algorithm(key)).setProvider(BC).build(key), certificate));
			generator.addCertificates(new JcaCertStore(List.of(certificate)));
			CMSSignedData signed = generator.generate(
					new CMSProcessableByteArray(signedBytes(request.authenticationRequest(), request.content())),
					false);
			return request.withSignature(Base64.getEncoder().encodeToString(signed.getEncoded()));
		}
		catch (CMSException | OperatorCreationException | CertificateException | IOException ex) {
			throw new IllegalStateException("Cannot sign the transaction", ex);
		}
	}

	/**
	 * The certificate that signed the request, once its signature is checked over the request's envelope and
	 * content; refused with {@link TransactionError#SIGNATURE_MISSING} or {@link TransactionError#SIGNATURE_INVALID}.
	 */
	static X509Certificate verify(TransactionRequest request) {

		if (request.signature() == null || request.signature().isBlank()) {
			throw new TransactionRefused(TransactionError.SIGNATURE_MISSING);
		}
		try {
			byte[] der = Base64.getMimeDecoder().decode(request.signature());
			CMSSignedData signed = new CMSSignedData(
					new CMSProcessableByteArray(signedBytes(request.authenticationRequest(), request.content())), der);
			Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
			if (signers.size() != 1) {
				throw new TransactionRefused(TransactionError.SIGNATURE_INVALID);
			}
			SignerInformation signer = signers.iterator().next();
			@SuppressWarnings("unchecked")
			Collection<X509CertificateHolder> matches = signed.getCertificates().getMatches(signer.getSID());
			if (matches.size() != 1) {
				throw new TransactionRefused(TransactionError.SIGNATURE_INVALID);
			}
			X509Certificate certificate = new JcaX509CertificateConverter().setProvider(BC)
				.getCertificate(matches.iterator().next());
			if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(certificate))) {
				throw new TransactionRefused(TransactionError.SIGNATURE_INVALID);
			}
			return certificate;
		}
		catch (CMSException | OperatorCreationException | CertificateException | IllegalArgumentException ex) {
			// Not Base64, not CMS, or a signature that does not match: the sender is not authenticated.
			throw new TransactionRefused(TransactionError.SIGNATURE_INVALID);
		}
	}

	private static String algorithm(PrivateKey key) {
		return "EC".equals(key.getAlgorithm()) || "ECDSA".equals(key.getAlgorithm()) ? "SHA256withECDSA"
				: "SHA256withRSAandMGF1";
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

}
