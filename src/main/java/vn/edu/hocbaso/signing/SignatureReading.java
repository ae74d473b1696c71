package vn.edu.hocbaso.signing;

import java.security.Key;
import java.security.interfaces.ECPublicKey;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dom.DOMStructure;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureProperties;
import javax.xml.crypto.dsig.SignatureProperty;
import javax.xml.crypto.dsig.XMLObject;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.X509Data;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * One signature of the list as read and checked: valid when the JDK's API validates it with the key of its own
 * certificate and its References are exactly the data node and its own signing time; the signed signing time
 * and the block's NGAY_KY must agree.
 *
 * @param valid whether the signature is valid over what it must cover
 * @param certificate the signer's certificate from KeyInfo, or null when there is none
 * @param signingTime the signed signing time, or null when missing or not the block's NGAY_KY
 * @param personalId the block's SO_CCCD, or null
 */
record SignatureReading(boolean valid, X509Certificate certificate, OffsetDateTime signingTime, String personalId) {

	private static final XMLSignatureFactory FACTORY = XMLSignatureFactory.getInstance("DOM");

	static SignatureReading of(Document document, CertificateRole role) {

		Element element = XmlSignatures.signatureOf(document, role);
		Element block = (Element) element.getParentNode();
		Element cccd = RecordXml.child(block, RecordXml.SO_CCCD);
		String personalId = cccd == null ? null : cccd.getTextContent().trim();
		try {
			String dataId = XmlSignatures.dataId(document);
			DOMValidateContext context = new DOMValidateContext(dummy(), element);
			XMLSignature signature = FACTORY.unmarshalXMLSignature(context);
			X509Certificate certificate = certificate(signature);
			if (certificate == null) {
				return new SignatureReading(false, null, null, personalId);
			}

			DOMValidateContext keyed = new DOMValidateContext(certificate.getPublicKey(), element);
			keyed.setIdAttributeNS(RecordXml.data(document), null, RecordXml.ID);
			keyed.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
			if (certificate.getPublicKey() instanceof ECPublicKey) {
				// The JDK's provider spends most of a registry intake verifying P-256; Bouncy Castle's is faster,
				// and is what signs (KeyType#xmlSignatureProvider). The algorithm and the verdict are the same.
				keyed.setProperty("org.jcp.xml.dsig.internal.dom.SignatureProvider", CertificateIssuer.BC);
			}
			signature = FACTORY.unmarshalXMLSignature(keyed);
			boolean covers = covers(signature, dataId, role);
			boolean valid = covers && signature.validate(keyed);
			OffsetDateTime time = covers ? signingTime(signature, block) : null;
			return new SignatureReading(valid, certificate, time, personalId);
		}
		catch (MarshalException | XMLSignatureException | RuntimeException ex) {
			return new SignatureReading(false, null, null, personalId);
		}
	}

	/** Exactly two References: the data node and this signature's own signing-time properties. */
	private static boolean covers(XMLSignature signature, String dataId, CertificateRole role) {
		@SuppressWarnings("unchecked")
		List<Reference> references = signature.getSignedInfo().getReferences();
		Set<String> uris = references.stream().map(Reference::getURI).collect(Collectors.toSet());
		return references.size() == 2
				&& uris.equals(Set.of("#" + dataId, "#" + XmlSignatures.propertiesId(dataId, role)));
	}

	private static OffsetDateTime signingTime(XMLSignature signature, Element block) {

		String signed = null;
		for (Object object : signature.getObjects()) {
			for (Object content : ((XMLObject) object).getContent()) {
				if (content instanceof SignatureProperties properties && properties.getId() != null
						&& properties.getId().endsWith("-TG")) {
					signed = propertyText(properties);
				}
			}
		}
		Element ngayKy = RecordXml.child(block, RecordXml.NGAY_KY);
		if (signed == null || ngayKy == null || !signed.equals(ngayKy.getTextContent().trim())) {
			return null;
		}
		try {
			return RecordXml.parseDateTime(signed);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String propertyText(SignatureProperties properties) {
		for (Object item : properties.getProperties()) {
			for (Object content : ((SignatureProperty) item).getContent()) {
				if (content instanceof DOMStructure structure && structure.getNode() instanceof Element element
						&& XmlSignatures.SIGNING_TIME.equals(element.getLocalName())) {
					return element.getTextContent().trim();
				}
			}
		}
		return null;
	}

	private static X509Certificate certificate(XMLSignature signature) {
		if (signature.getKeyInfo() == null) {
			return null;
		}
		for (Object item : signature.getKeyInfo().getContent()) {
			if (item instanceof X509Data data) {
				for (Object entry : data.getContent()) {
					if (entry instanceof X509Certificate certificate) {
						return certificate;
					}
				}
			}
		}
		return null;
	}

	/** A key for reading the signature's structure only; it validates nothing. */
	private static Key dummy() {
		return new javax.crypto.spec.SecretKeySpec(new byte[16], "AES");
	}

}
