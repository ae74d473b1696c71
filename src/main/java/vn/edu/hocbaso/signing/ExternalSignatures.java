package vn.edu.hocbaso.signing;

import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.util.Arrays;

import org.w3c.dom.Document;

/**
 * The document side of external signing: a record with the signature prepared (SignedInfo final, value
 * empty) and the digest to hand out; then, with the signer's value and certificate, the completed record, or a
 * refusal when the value is not a valid signature of that SignedInfo by that certificate's key.
 */
final class ExternalSignatures {

	private ExternalSignatures() {
	}

	/**
	 * @param document the prepared record, to keep until the signature value comes back
	 * @param digest the SHA-256 digest of the canonical SignedInfo, what the external signer signs
	 */
	record Prepared(byte[] document, byte[] digest) {
	}

	static Prepared prepare(byte[] xml, CertificateRole role, X509Certificate certificate, OffsetDateTime signingTime,
			String personalId) {

		Document document = RecordXml.parse(xml);
		XmlSignatures.Prepared prepared = XmlSignatures.prepare(document, role,
				KeyType.of(certificate.getPublicKey()), signingTime, personalId);
		XmlSignatures.signatureOf(document, role).getElementsByTagNameNS(XmlSignatures.DS, "SignatureValue").item(0)
			.setTextContent("");

		return new Prepared(RecordXml.serialise(document), DigestSigning.digest(prepared.canonicalSignedInfo()));
	}

	static byte[] complete(byte[] preparedDocument, CertificateRole role, byte[] signatureValue,
			X509Certificate certificate, X509Certificate expected) {

		if (!Arrays.equals(encoded(certificate), encoded(expected))) {
			throw new SignatureRefused("signing.refused.otherCertificate");
		}
		KeyType keyType = KeyType.of(certificate.getPublicKey());
		byte[] value = DigestSigning.toXmlDsig(keyType, signatureValue);

		Document document = RecordXml.parse(preparedDocument);
		XmlSignatures.complete(document, role, value, certificate);
		if (!SignatureReading.of(document, role).valid()) {
			throw new SignatureRefused("signing.refused.signatureMismatch", role.block());
		}

		return RecordXml.serialise(document);
	}

	private static byte[] encoded(X509Certificate certificate) {
		try {
			return certificate.getEncoded();
		}
		catch (java.security.cert.CertificateEncodingException ex) {
			throw new SignatureRefused("signing.refused.certificate");
		}
	}

}
