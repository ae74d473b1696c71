package vn.edu.hocbaso.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.security.auth.x500.X500Principal;
import javax.xml.crypto.MarshalException;
import javax.xml.crypto.dom.DOMStructure;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureProperties;
import javax.xml.crypto.dsig.SignatureProperty;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLObject;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureException;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * XMLDSig signatures in the record's signature list (DOMAIN.md §5), with the JDK's XML signature API. Each
 * signature sits in its block (GVCN, CBQL, KY_PHAT_HANH) after the signing time (NGAY_KY) and, for a person,
 * the personal ID (SO_CCCD). Its two References cover the data node DU_LIEU_HOC_BA (by its Id) and its own
 * signing time in {@code ds:Object/SignatureProperties/SignatureProperty/SigningTime}, both with exclusive
 * canonicalisation: a later signature adds a block beside the earlier ones and changes nothing they cover.
 */
final class XmlSignatures {

	static final String DS = XMLSignature.XMLNS;

	static final String SIGNING_TIME = "SigningTime";

	private static final XMLSignatureFactory FACTORY = XMLSignatureFactory.getInstance("DOM");

	/**
	 * The JDK's XML signature API takes the provider of the signature operation from this context property (null:
	 * the JDK's choice). {@link KeyType#xmlSignatureProvider()} picks the faster one: Bouncy Castle's for EC
	 * P-256, which the API still asks for its XMLDSig form, SHA256withECDSAinP1363Format (r||s, not DER), a name
	 * Bouncy Castle knows too.
	 */
	private static final String SIGNATURE_PROVIDER = "org.jcp.xml.dsig.internal.dom.SignatureProvider";

	/** Keywords for the subject's OIDs that the JDK writes as OIDs with hex values and OpenSSL reads by name. */
	private static final Map<String, String> KEYWORDS = Map.of("2.5.4.5", "serialNumber", "2.5.4.97",
			"organizationIdentifier");

	/** Keys that fill a prepared signature's value until the external signer's value replaces it. */
	private static final Map<KeyType, KeyPair> PLACEHOLDER_KEYS = new EnumMap<>(KeyType.class);

	private XmlSignatures() {
	}

	/** What an external signer signs: the canonical SignedInfo of a signature prepared in the document. */
	record Prepared(byte[] canonicalSignedInfo) {
	}

	/** Signs with a key at hand: the key on the server. */
	static void sign(Document document, CertificateRole role, PrivateKey key, X509Certificate certificate,
			OffsetDateTime signingTime, String personalId) {

		Element block = addBlock(document, role, signingTime, personalId);
		KeyInfo keyInfo = keyInfo(certificate);
		sign(document, block, role, KeyType.of(certificate.getPublicKey()), key, keyInfo, signingTime, false);

		// The JDK's KeyInfo takes only names its X500Principal parses; KeyInfo is outside the signed data.
		Element subjectName = (Element) signatureOf(document, role).getElementsByTagNameNS(DS, "X509SubjectName")
			.item(0);
		subjectName.setTextContent(subjectName(certificate));
	}

	/**
	 * Adds the block and a signature whose SignedInfo is final but whose value is a placeholder, and returns
	 * what the external signer must sign. {@link #complete} puts the signer's value and certificate in.
	 */
	static Prepared prepare(Document document, CertificateRole role, KeyType keyType, OffsetDateTime signingTime,
			String personalId) {

		Element block = addBlock(document, role, signingTime, personalId);
		XMLSignature signature = sign(document, block, role, keyType, placeholderKey(keyType).getPrivate(), null,
				signingTime, true);

		return new Prepared(read(signature.getSignedInfo().getCanonicalizedData()));
	}

	/** Puts an external signature value (as XMLDSig writes it) and its certificate into a prepared signature. */
	static void complete(Document document, CertificateRole role, byte[] signatureValue,
			X509Certificate certificate) {

		Element signature = signatureOf(document, role);
		Element value = RecordXml.child(signature, "SignatureValue");
		value.setTextContent(Base64.getEncoder().encodeToString(signatureValue));

		Element keyInfo = document.createElementNS(DS, "ds:KeyInfo");
		Element x509Data = (Element) keyInfo.appendChild(document.createElementNS(DS, "ds:X509Data"));
		x509Data.appendChild(document.createElementNS(DS, "ds:X509SubjectName"))
			.setTextContent(subjectName(certificate));
		x509Data.appendChild(document.createElementNS(DS, "ds:X509Certificate")).setTextContent(encode(certificate));
		signature.insertBefore(keyInfo, value.getNextSibling());
	}

	/** The ds:Signature of a block, or null when the block is not there. */
	static Element signatureOf(Document document, CertificateRole role) {
		Element block = RecordXml.child(RecordXml.signatureList(document), role.block());
		return block == null ? null : RecordXml.child(block, "Signature");
	}

	/**
	 * The Id of the data node, which the record module writes from the lookup code (MA_TRA_CUU_UUID). A record
	 * written before it did gets the same name from the first signer.
	 */
	static String dataId(Document document) {

		Element data = RecordXml.data(document);
		if (!data.hasAttribute(RecordXml.ID)) {
			data.setAttribute(RecordXml.ID,
					RecordXml.DATA_ID_PREFIX + RecordXml.general(document, RecordXml.MA_TRA_CUU_UUID));
		}
		data.setIdAttribute(RecordXml.ID, true);

		return data.getAttribute(RecordXml.ID);
	}

	static String signatureId(String dataId, CertificateRole role) {
		return dataId + "-" + role.block();
	}

	static String propertiesId(String dataId, CertificateRole role) {
		return signatureId(dataId, role) + "-TG";
	}

	private static Element addBlock(Document document, CertificateRole role, OffsetDateTime signingTime,
			String personalId) {

		Element list = RecordXml.signatureList(document);
		if (RecordXml.child(list, role.block()) != null) {
			throw new SignatureRefused("signing.refused.alreadySigned", role.block());
		}

		Element block = (Element) list.appendChild(document.createElement(role.block()));
		block.appendChild(document.createElement(RecordXml.NGAY_KY))
			.setTextContent(RecordXml.dateTime(signingTime));
		if (role.personal()) {
			block.appendChild(document.createElement(RecordXml.SO_CCCD)).setTextContent(personalId);
		}

		return block;
	}

	private static XMLSignature sign(Document document, Element block, CertificateRole role, KeyType keyType,
			PrivateKey key, KeyInfo keyInfo, OffsetDateTime signingTime, boolean keepSignedInfo) {
		try {
			String dataId = dataId(document);
			XMLObject properties = signingTimeObject(document, dataId, role, signingTime);
			SignedInfo signedInfo = FACTORY.newSignedInfo(
					FACTORY.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
					keyType.signatureMethod(FACTORY),
					List.of(reference("#" + dataId, null), reference("#" + propertiesId(dataId, role),
							SignatureProperties.TYPE)));
			XMLSignature signature = FACTORY.newXMLSignature(signedInfo, keyInfo, List.of(properties),
					signatureId(dataId, role), null);

			DOMSignContext context = new DOMSignContext(key, block);
			context.setDefaultNamespacePrefix("ds");
			context.setIdAttributeNS(RecordXml.data(document), null, RecordXml.ID);
			context.setProperty("javax.xml.crypto.dsig.cacheReference", keepSignedInfo);
			context.setProperty(SIGNATURE_PROVIDER, keyType.xmlSignatureProvider());
			signature.sign(context);
			return signature;
		}
		catch (GeneralSecurityException | MarshalException | XMLSignatureException ex) {
			throw new IllegalStateException("Cannot sign block " + role.block(), ex);
		}
	}

	private static XMLObject signingTimeObject(Document document, String dataId, CertificateRole role,
			OffsetDateTime signingTime) {

		Element time = document.createElement(SIGNING_TIME);
		time.setTextContent(RecordXml.dateTime(signingTime));
		SignatureProperty property = FACTORY.newSignatureProperty(List.of(new DOMStructure(time)),
				"#" + signatureId(dataId, role), null);
		SignatureProperties properties = FACTORY.newSignatureProperties(List.of(property),
				propertiesId(dataId, role));

		return FACTORY.newXMLObject(List.of(properties), null, null, null);
	}

	private static Reference reference(String uri, String type) throws GeneralSecurityException {
		Transform exclusive = FACTORY.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null);
		return FACTORY.newReference(uri, FACTORY.newDigestMethod(DigestMethod.SHA256, null), List.of(exclusive),
				type, null);
	}

	private static KeyInfo keyInfo(X509Certificate certificate) {
		KeyInfoFactory keys = FACTORY.getKeyInfoFactory();
		String placeholder = certificate.getSubjectX500Principal().getName(X500Principal.RFC2253);
		return keys.newKeyInfo(List.of(keys.newX509Data(List.of(placeholder, certificate))));
	}

	/**
	 * RFC 2253 with the keywords OpenSSL knows for serialNumber and organizationIdentifier, so that their values
	 * are written as text: Java would write them as OIDs with hex values, which xmlsec1 cannot read.
	 */
	static String subjectName(X509Certificate certificate) {
		return certificate.getSubjectX500Principal().getName(X500Principal.RFC2253, KEYWORDS);
	}

	static String encode(X509Certificate certificate) {
		try {
			return Base64.getEncoder().encodeToString(certificate.getEncoded());
		}
		catch (java.security.cert.CertificateEncodingException ex) {
			throw new IllegalStateException("Cannot encode a certificate", ex);
		}
	}

	private static synchronized KeyPair placeholderKey(KeyType keyType) {
		return PLACEHOLDER_KEYS.computeIfAbsent(keyType, KeyType::generate);
	}

	private static byte[] read(InputStream in) {
		try (in) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			in.transferTo(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
