package vn.edu.hocbaso.registry;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import javax.xml.crypto.dsig.XMLSignature;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * One record of a submission as the intake reads it: its bytes exactly as received and the few fields the
 * intake checks, read from {@code THONG_TIN_CHUNG} and from the issue signature's certificate. Fields that are
 * missing are null; the intake rejects the record then.
 */
record SubmittedRecord(byte[] xml, String lookupCode, String schoolCode, String schoolYear, String personalId,
		String pupilCode, String pupilName, X509Certificate issueCertificate, String replacesLookupCode) {

	private static final String GENERAL = "THONG_TIN_CHUNG";

	/**
	 * The optional element, right after MA_TRA_CUU_UUID, that makes the record a replacement of the record with
	 * that lookup code [project decision].
	 */
	static final String REPLACES = "MA_TRA_CUU_UUID_THAY_THE";

	private static final String SIGNATURES = "DANH_SACH_THONG_TIN_KY";

	private static final String ISSUE_BLOCK = "KY_PHAT_HANH";

	static SubmittedRecord read(byte[] xml) {
		return read(xml, RecordList.parse(xml));
	}

	/** The record of these bytes, read from the document they parsed to (null when they did not parse). */
	static SubmittedRecord read(byte[] xml, Document document) {
		if (document == null) {
			return new SubmittedRecord(xml, null, null, null, null, null, null, null, null);
		}
		Element general = child(document.getDocumentElement(), "DU_LIEU_HOC_BA", GENERAL);
		return new SubmittedRecord(xml, text(general, "MA_TRA_CUU_UUID"), text(general, "MA_TRUONG"),
				text(general, "NAM_HOC"), text(general, "SO_CCCD"), text(general, "MA_HOC_SINH"),
				text(general, "HO_VA_TEN"), issueCertificate(document), text(general, REPLACES));
	}

	/** The lookup code as a UUID, or null when it is missing or not a UUID in its 36-character form. */
	UUID lookupUuid() {
		return uuid(lookupCode);
	}

	/** Whether the record replaces another one (MA_TRA_CUU_UUID_THAY_THE present). */
	boolean isReplacement() {
		return replacesLookupCode != null;
	}

	/** The lookup code of the replaced record as a UUID, or null when there is none or it is not a UUID. */
	UUID replacesUuid() {
		return uuid(replacesLookupCode);
	}

	/** A lookup code as a UUID, or null when it is missing or not a UUID in its 36-character form. */
	static UUID uuid(String lookupCode) {
		if (lookupCode == null || lookupCode.length() != 36) {
			return null;
		}
		try {
			return UUID.fromString(lookupCode);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** SHA-256 of the received bytes in lower-case hex. */
	String sha256() {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(xml));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("No SHA-256", ex);
		}
	}

	RecordStatus status(RecordStatus.Submission submission, String error, String description) {
		return RecordStatus.submitted(pupilCode, pupilName, personalId, lookupCode, submission, error, null,
				description);
	}

	private static X509Certificate issueCertificate(Document document) {
		Element block = child(document.getDocumentElement(), SIGNATURES, ISSUE_BLOCK);
		if (block == null) {
			return null;
		}
		NodeList certificates = block.getElementsByTagNameNS(XMLSignature.XMLNS, "X509Certificate");
		if (certificates.getLength() == 0) {
			return null;
		}
		try {
			byte[] der = Base64.getMimeDecoder().decode(certificates.item(0).getTextContent().strip());
			return (X509Certificate) CertificateFactory.getInstance("X.509")
				.generateCertificate(new ByteArrayInputStream(der));
		}
		catch (CertificateException | IllegalArgumentException ex) {
			return null;
		}
	}

	/** The element at this path of child names under the parent, or null. */
	private static Element child(Element parent, String... path) {
		Element current = parent;
		for (String name : path) {
			current = firstChild(current, name);
			if (current == null) {
				return null;
			}
		}
		return current;
	}

	private static Element firstChild(Element parent, String name) {
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && name.equals(element.getLocalName())) {
				return element;
			}
		}
		return null;
	}

	private static String text(Element parent, String name) {
		Element element = parent == null ? null : firstChild(parent, name);
		return element == null ? null : element.getTextContent().strip();
	}

	@Override
	public String toString() {
		// The pupil's name and personal ID stay out of logs.
		return "SubmittedRecord[" + lookupCode + ", " + xml.length + " bytes]";
	}

}
