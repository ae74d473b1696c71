package vn.edu.hocbaso.registry;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The content of a type-5 transaction [project decision, after the revocation example of CV 2088 Annex 1]: a
 * {@code <DANH_SACH_HOC_BA>} with one {@code <HOC_BA>} per record, each holding {@code <MA_TRA_CUU_UUID>},
 * {@code <MA_HOC_SINH>}, {@code <SO_CCCD>}, {@code <HO_VA_TEN>} and {@code <LY_DO>} (the reason, required, at
 * most 500 characters), encoded like any content with {@link TransactionContent}:
 *
 * <pre>
 * &lt;DANH_SACH_HOC_BA&gt;
 *   &lt;HOC_BA&gt;
 *     &lt;MA_TRA_CUU_UUID&gt;5f0c…&lt;/MA_TRA_CUU_UUID&gt;&lt;MA_HOC_SINH&gt;…&lt;/MA_HOC_SINH&gt;
 *     &lt;SO_CCCD&gt;…&lt;/SO_CCCD&gt;&lt;HO_VA_TEN&gt;…&lt;/HO_VA_TEN&gt;&lt;LY_DO&gt;Sai điểm môn Toán&lt;/LY_DO&gt;
 *   &lt;/HOC_BA&gt;
 * &lt;/DANH_SACH_HOC_BA&gt;
 * </pre>
 *
 * The envelope's {@code function} says what is asked for every record of the list: {@link #WITHDRAW} ("RUT"),
 * the withdrawal of an accepted record before close-off, done at once; {@link #REVOKE} ("THU_HOI"), the
 * revocation of a locked record, which waits for the department's approval (on a record not locked yet it is a
 * withdrawal). The same list, reasons left out, names the records of a type-2 or type-6 query.
 */
public final class RevocationContent {

	/** {@code function} of a withdrawal before close-off. */
	public static final String WITHDRAW = "RUT";

	/** {@code function} of a revocation request for a locked record. */
	public static final String REVOKE = "THU_HOI";

	private static final String LOOKUP_CODE = "MA_TRA_CUU_UUID";

	private static final String PUPIL_CODE = "MA_HOC_SINH";

	private static final String PERSONAL_ID = "SO_CCCD";

	private static final String NAME = "HO_VA_TEN";

	private static final String REASON = "LY_DO";

	private RevocationContent() {
	}

	/** The list as XML text (UTF-8 when encoded); null fields are left out, as the national convention wants. */
	public static String write(List<RevocationItem> items) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<")
			.append(RecordList.LIST).append(">\n");
		for (RevocationItem item : items) {
			xml.append("  <").append(RecordList.RECORD).append(">\n");
			element(xml, LOOKUP_CODE, item.lookupCode());
			element(xml, PUPIL_CODE, item.pupilCode());
			element(xml, PERSONAL_ID, item.personalId());
			element(xml, NAME, item.pupilName());
			element(xml, REASON, item.reason());
			xml.append("  </").append(RecordList.RECORD).append(">\n");
		}
		return xml.append("</").append(RecordList.LIST).append(">\n").toString();
	}

	/**
	 * The items of a list, in order; refused with {@link TransactionError#NOT_A_LIST} when the XML is not such a
	 * list, with {@link TransactionError#EMPTY_LIST} when it names no record.
	 */
	public static List<RevocationItem> read(String xml) {
		return read(xml == null ? new byte[0] : xml.getBytes(StandardCharsets.UTF_8));
	}

	static List<RevocationItem> read(byte[] xml) {

		Document document = RecordList.parse(xml);
		if (document == null || !RecordList.LIST.equals(document.getDocumentElement().getLocalName())) {
			throw new TransactionRefused(TransactionError.NOT_A_LIST);
		}

		List<RevocationItem> items = new ArrayList<>();
		for (Node child = document.getDocumentElement().getFirstChild(); child != null; child = child
			.getNextSibling()) {
			if (child instanceof Element record) {
				if (!RecordList.RECORD.equals(record.getLocalName())) {
					throw new TransactionRefused(TransactionError.NOT_A_LIST);
				}
				items.add(new RevocationItem(text(record, LOOKUP_CODE), text(record, PUPIL_CODE),
						text(record, PERSONAL_ID), text(record, NAME), text(record, REASON)));
			}
		}
		if (items.isEmpty()) {
			throw new TransactionRefused(TransactionError.EMPTY_LIST);
		}
		return items;
	}

	private static void element(StringBuilder xml, String name, String value) {
		if (value != null) {
			xml.append("    <").append(name).append('>').append(escape(value)).append("</").append(name)
				.append(">\n");
		}
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	/** The stripped text of the first child with that name; null when missing or empty. */
	private static String text(Element parent, String name) {
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && name.equals(element.getLocalName())) {
				String text = element.getTextContent().strip();
				return text.isEmpty() ? null : text;
			}
		}
		return null;
	}

}
