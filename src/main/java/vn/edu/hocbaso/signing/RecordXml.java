package vn.edu.hocbaso.signing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import vn.edu.hocbaso.record.HocBaTags;
import vn.edu.hocbaso.record.NationalRecordXml;

/**
 * The national XML as the signing step sees it: parsed with a parser that expands no entity, written back
 * byte for byte as parsed (no re-indenting, which would break the signatures already made), and the few
 * places signing needs: the data node, its lookup code and the signature list.
 *
 * <p>The tag names are the record module's ({@link HocBaTags}), so that reader and writer spell them alike;
 * the short names here only keep the signing code readable.
 */
final class RecordXml {

	static final String DU_LIEU_HOC_BA = HocBaTags.DU_LIEU_HOC_BA;

	static final String THONG_TIN_CHUNG = HocBaTags.THONG_TIN_CHUNG;

	static final String MA_TRA_CUU_UUID = HocBaTags.MA_TRA_CUU_UUID;

	static final String MA_TRUONG = HocBaTags.MA_TRUONG;

	static final String SO_CCCD_GIAO_VIEN_CHU_NHIEM = HocBaTags.SO_CCCD_GIAO_VIEN_CHU_NHIEM;

	static final String SO_CCCD_GIAM_HIEU_KY_HOC_BA = HocBaTags.SO_CCCD_GIAM_HIEU_KY_HOC_BA;

	static final String DANH_SACH_THONG_TIN_KY = HocBaTags.DANH_SACH_THONG_TIN_KY;

	static final String NGAY_KY = HocBaTags.NGAY_KY;

	static final String SO_CCCD = HocBaTags.SO_CCCD;

	/**
	 * The data node's ID attribute, which the References point to ({@code xmlsec1 --id-attr:Id}); the record
	 * module writes it.
	 */
	static final String ID = HocBaTags.ID;

	static final String DATA_ID_PREFIX = HocBaTags.DATA_ID_PREFIX;

	private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

	/**
	 * Parsers and writers are costly to look up and not thread-safe: one of each per thread. The parser is reset
	 * before use; the writer is an identity transform whose output settings never change, so it needs no reset
	 * (which would copy its settings again for each record).
	 */
	private static final ThreadLocal<DocumentBuilder> BUILDER =
			ThreadLocal.withInitial(NationalRecordXml::newBuilder);

	private static final ThreadLocal<Transformer> TRANSFORMER = ThreadLocal.withInitial(RecordXml::newTransformer);

	private RecordXml() {
	}

	static Document parse(byte[] xml) {
		try {
			DocumentBuilder builder = BUILDER.get();
			builder.reset();
			return builder.parse(new ByteArrayInputStream(xml));
		}
		catch (SAXException ex) {
			throw new SignatureRefused("signing.refused.notXml", ex.getMessage());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the record XML", ex);
		}
	}

	static byte[] serialise(Document document) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
			TRANSFORMER.get().transform(new DOMSource(document), new StreamResult(out));
			return out.toByteArray();
		}
		catch (TransformerException ex) {
			throw new IllegalStateException("Cannot write the record XML", ex);
		}
	}

	private static Transformer newTransformer() {
		try {
			TransformerFactory factory = TransformerFactory.newInstance();
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
			Transformer transformer = factory.newTransformer();
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			transformer.setOutputProperty(OutputKeys.INDENT, "no");
			return transformer;
		}
		catch (TransformerException ex) {
			throw new IllegalStateException("No XML writer", ex);
		}
	}

	static Element data(Document document) {
		Element data = child(document.getDocumentElement(), DU_LIEU_HOC_BA);
		if (data == null) {
			throw new SignatureRefused("signing.refused.notARecord");
		}
		return data;
	}

	static Element signatureList(Document document) {
		Element list = child(document.getDocumentElement(), DANH_SACH_THONG_TIN_KY);
		if (list == null) {
			throw new SignatureRefused("signing.refused.notARecord");
		}
		return list;
	}

	/** A field of THONG_TIN_CHUNG, or null when it is left out. */
	static String general(Document document, String tag) {
		Element field = child(child(data(document), THONG_TIN_CHUNG), tag);
		return field == null ? null : field.getTextContent().trim();
	}

	/** The first child element of that name, or null. */
	static Element child(Element parent, String name) {
		if (parent == null) {
			return null;
		}
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && name.equals(localName(element))) {
				return element;
			}
		}
		return null;
	}

	/** An element made here without a namespace has no local name, only its tag name. */
	private static String localName(Element element) {
		return element.getLocalName() == null ? element.getTagName() : element.getLocalName();
	}

	/** YYYY-MM-DDThh:mm:ss+07:00, as every date-time of the national XML. */
	static String dateTime(OffsetDateTime value) {
		OffsetDateTime local = value.withOffsetSameInstant(VIETNAM).truncatedTo(ChronoUnit.SECONDS);
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(local);
	}

	static OffsetDateTime parseDateTime(String text) {
		return OffsetDateTime.parse(text.trim(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

}
