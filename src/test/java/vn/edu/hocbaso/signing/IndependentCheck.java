package vn.edu.hocbaso.signing;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.cert.CertPathValidator;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

import javax.xml.crypto.AlgorithmMethod;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.KeySelectorException;
import javax.xml.crypto.KeySelectorResult;
import javax.xml.crypto.XMLCryptoContext;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.X509Data;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A check of a signed record that uses nothing of the project: the JDK's XML signature API finds and validates
 * every ds:Signature with the key of the certificate in its own KeyInfo, and the JDK's PKIX validator chains that
 * certificate to a root given as trusted. If the project's verifier and this check disagree, one of them is wrong.
 */
final class IndependentCheck {

	private IndependentCheck() {
	}

	/**
	 * One ds:Signature as the JDK sees it.
	 *
	 * @param block the element the signature sits in: GVCN, CBQL or KY_PHAT_HANH
	 * @param valid whether the signature value and every Reference's digest are valid
	 * @param certificate the certificate of its KeyInfo
	 * @param signingTime the NGAY_KY of its block
	 */
	record Checked(String block, boolean valid, X509Certificate certificate, String signingTime) {

		@Override
		public String toString() {
			return block + ":" + valid;
		}

	}

	/** Every signature of the document, in document order. */
	static List<Checked> signatures(byte[] xml) throws Exception {

		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
		Element data = (Element) document.getElementsByTagName("DU_LIEU_HOC_BA").item(0);
		NodeList signatures = document.getElementsByTagNameNS(XMLSignature.XMLNS, "Signature");

		List<Checked> results = new ArrayList<>();
		for (int i = 0; i < signatures.getLength(); i++) {
			Element signature = (Element) signatures.item(i);
			Element block = (Element) signature.getParentNode();
			CertificateKey keys = new CertificateKey();
			DOMValidateContext context = new DOMValidateContext(keys, signature);
			context.setIdAttributeNS(data, null, "Id");
			context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
			XMLSignature parsed = XMLSignatureFactory.getInstance("DOM").unmarshalXMLSignature(context);
			boolean valid = parsed.validate(context);
			NodeList time = block.getElementsByTagName("NGAY_KY");
			results.add(new Checked(block.getTagName(), valid, keys.certificate,
					time.getLength() == 0 ? null : time.item(0).getTextContent()));
		}
		return results;
	}

	/**
	 * Chains a signer's certificate to the root with the JDK's PKIX validator at the signing time, the CRL
	 * consulted. Throws the validator's exception when the chain does not hold.
	 */
	static void chainsTo(X509Certificate certificate, X509Certificate root, X509CRL crl, OffsetDateTime at)
			throws GeneralSecurityException {

		PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(root, null)));
		parameters.setDate(Date.from(at.toInstant()));
		parameters.setRevocationEnabled(true);
		parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(List.of(crl))));
		CertificateFactory factory = CertificateFactory.getInstance("X.509");

		CertPathValidator.getInstance("PKIX").validate(factory.generateCertPath(List.of(certificate)), parameters);
	}

	/** The key of the certificate in the signature's own KeyInfo; the trust in it is checked apart. */
	private static final class CertificateKey extends KeySelector {

		X509Certificate certificate;

		@Override
		public KeySelectorResult select(KeyInfo keyInfo, Purpose purpose, AlgorithmMethod method,
				XMLCryptoContext context) throws KeySelectorException {
			if (keyInfo != null) {
				for (Object item : keyInfo.getContent()) {
					if (item instanceof X509Data data) {
						for (Object entry : data.getContent()) {
							if (entry instanceof X509Certificate found) {
								certificate = found;
								Key key = found.getPublicKey();
								return () -> key;
							}
						}
					}
				}
			}
			throw new KeySelectorException("No certificate in KeyInfo");
		}

	}

}
