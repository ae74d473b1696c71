package vn.edu.hocbaso.registry;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

import org.w3c.dom.Document;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import vn.edu.hocbaso.record.NationalRecordXml;

/**
 * The {@code DANH_SACH_HOC_BA} list a submission carries (CV 2088 Annex 1 §II.2.2): the full {@code HOC_BA}
 * records, one after the other, inside the list element.
 * <p>
 * <b>Byte-exact records.</b> The registry stores each record exactly as received. In the national format the
 * records are not separate files but elements of one list, so "as received" means: the bytes of the record's
 * {@code HOC_BA} element, from its {@code <HOC_BA} to its {@code </HOC_BA>}, exactly as they stand in the
 * decoded content. Nothing is re-serialised, so no signature can be broken by the registry. A school's signed
 * record file is that element behind an XML declaration; {@link #of(List)} takes the declaration off, and the
 * signatures (over canonicalised referenced data) verify the same with or without it.
 * <p>
 * To find an element's bytes without a parser that reports offsets, the list refuses the only markup in which
 * the text {@code <HOC_BA} could stand without being a tag: comments, CDATA sections and processing
 * instructions (a record the signing module makes has none; a document type is refused by the secure parser).
 * Every other {@code <} of well-formed XML starts a tag. The cut is then checked against the parser: as many
 * pieces as {@code HOC_BA} children, each piece a well-formed {@code HOC_BA} document, nothing but white space
 * between them.
 */
public final class RecordList {

	static final String LIST = "DANH_SACH_HOC_BA";

	static final String RECORD = "HOC_BA";

	private static final byte[] OPEN = ("<" + RECORD).getBytes(StandardCharsets.US_ASCII);

	private static final byte[] CLOSE = ("</" + RECORD).getBytes(StandardCharsets.US_ASCII);

	private static final byte[] XML_DECLARATION = "<?xml".getBytes(StandardCharsets.US_ASCII);

	private RecordList() {
	}

	/**
	 * The list of these record files (UTF-8 XML, as the signers made them), each without its XML declaration.
	 */
	public static byte[] of(List<byte[]> recordFiles) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<" + LIST + ">\n")
			.getBytes(StandardCharsets.UTF_8));
		for (byte[] file : recordFiles) {
			out.writeBytes(withoutDeclaration(file));
			out.write('\n');
		}
		out.writeBytes(("</" + LIST + ">\n").getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	/** The record's bytes from its first tag on: an XML declaration and the white space after it taken off. */
	public static byte[] withoutDeclaration(byte[] file) {
		int start = 0;
		if (startsWith(file, 0, XML_DECLARATION)) {
			start = indexOf(file, "?>".getBytes(StandardCharsets.US_ASCII), 0) + 2;
			while (start < file.length && whiteSpace(file[start])) {
				start++;
			}
		}
		return Arrays.copyOfRange(file, start, file.length);
	}

	/**
	 * The bytes of each {@code HOC_BA} element of a list, in order; refused with {@link TransactionError#NOT_A_LIST}
	 * when the content is not such a list.
	 */
	static List<byte[]> split(byte[] list) {
		return split(list, (xml, document) -> xml);
	}

	/**
	 * Each {@code HOC_BA} element of a list, in order, as the reader reads its bytes and the document they parse
	 * to: the check that each piece is a record parses it anyway, so the caller need not parse it again, and no
	 * document outlives its reading. Refused with {@link TransactionError#NOT_A_LIST} when the content is not
	 * such a list.
	 */
	static <T> List<T> split(byte[] list, BiFunction<byte[], Document, T> reader) {

		int children = recordChildren(list);
		if (containsMarkupThatHidesTags(list)) {
			throw new TransactionRefused(TransactionError.NOT_A_LIST);
		}

		List<T> records = new ArrayList<>();
		int at = indexOfTag(list, OPEN, 0);
		while (at >= 0) {
			int close = indexOfTag(list, CLOSE, at);
			if (close < 0) {
				throw new TransactionRefused(TransactionError.NOT_A_LIST);
			}
			int end = indexOf(list, new byte[] { '>' }, close) + 1;
			byte[] record = Arrays.copyOfRange(list, at, end);
			records.add(reader.apply(record, recordDocument(record)));
			int next = indexOfTag(list, OPEN, end);
			if (!onlyWhiteSpace(list, end, next < 0 ? lastTagStart(list) : next)) {
				throw new TransactionRefused(TransactionError.NOT_A_LIST);
			}
			at = next;
		}

		if (records.size() != children) {
			throw new TransactionRefused(TransactionError.NOT_A_LIST);
		}
		return records;
	}

	/**
	 * Reads the list with the secure parser's settings and counts its HOC_BA children. A streaming read, not a
	 * document: the list holds every record, and each record is parsed on its own right after.
	 */
	private static int recordChildren(byte[] list) {
		ListShape shape = new ListShape();
		try {
			NationalRecordXml.stream(list, shape);
		}
		catch (SAXException ex) {
			throw new TransactionRefused(TransactionError.NOT_A_LIST);
		}
		if (!shape.isList) {
			throw new TransactionRefused(TransactionError.NOT_A_LIST);
		}
		if (shape.records == 0) {
			throw new TransactionRefused(TransactionError.EMPTY_LIST);
		}
		return shape.records;
	}

	/** Whether the root is the list and every child element a record, and how many records it holds. */
	private static final class ListShape extends DefaultHandler {

		private int depth;

		private boolean isList = true;

		private int records;

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			if (depth == 0) {
				isList &= LIST.equals(localName);
			}
			else if (depth == 1) {
				isList &= RECORD.equals(localName);
				records++;
			}
			depth++;
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			depth--;
		}

		@Override
		public void error(SAXParseException exception) throws SAXParseException {
			throw exception;
		}

		@Override
		public void fatalError(SAXParseException exception) throws SAXParseException {
			throw exception;
		}

	}

	/** The piece parsed on its own; refused when it is not a well-formed {@code HOC_BA} document. */
	private static Document recordDocument(byte[] record) {
		Document document = parse(record);
		if (document == null || !RECORD.equals(document.getDocumentElement().getLocalName())) {
			throw new TransactionRefused(TransactionError.NOT_A_LIST);
		}
		return document;
	}

	/** The document, or null when the bytes are not well-formed XML the secure parser accepts. */
	static Document parse(byte[] xml) {
		try {
			// A sender's bad XML is answered, not printed on the server's console.
			return NationalRecordXml.parse(xml, NationalRecordXml.STRICT);
		}
		catch (SAXException ex) {
			return null;
		}
	}

	private static boolean containsMarkupThatHidesTags(byte[] list) {
		int from = startsWith(list, 0, XML_DECLARATION) ? indexOf(list, "?>".getBytes(StandardCharsets.US_ASCII), 0)
				: 0;
		return indexOf(list, "<!".getBytes(StandardCharsets.US_ASCII), 0) >= 0
				|| indexOf(list, "<?".getBytes(StandardCharsets.US_ASCII), from) >= 0;
	}

	/** The next {@code <HOC_BA} or {@code </HOC_BA} that is the whole tag name (followed by space, / or >). */
	private static int indexOfTag(byte[] bytes, byte[] tag, int from) {
		int at = indexOf(bytes, tag, from);
		while (at >= 0) {
			int after = at + tag.length;
			if (after < bytes.length && (bytes[after] == '>' || bytes[after] == '/' || whiteSpace(bytes[after]))) {
				return at;
			}
			at = indexOf(bytes, tag, after);
		}
		return -1;
	}

	/** Where the list's closing tag starts. */
	private static int lastTagStart(byte[] bytes) {
		for (int i = bytes.length - 1; i >= 0; i--) {
			if (bytes[i] == '<') {
				return i;
			}
		}
		return bytes.length;
	}

	private static boolean onlyWhiteSpace(byte[] bytes, int from, int to) {
		for (int i = from; i < to; i++) {
			if (!whiteSpace(bytes[i])) {
				return false;
			}
		}
		return true;
	}

	private static boolean whiteSpace(byte b) {
		return b == ' ' || b == '\t' || b == '\r' || b == '\n';
	}

	private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
		if (at + prefix.length > bytes.length) {
			return false;
		}
		return Arrays.equals(bytes, at, at + prefix.length, prefix, 0, prefix.length);
	}

	private static int indexOf(byte[] bytes, byte[] pattern, int from) {
		for (int i = Math.max(from, 0); i <= bytes.length - pattern.length; i++) {
			if (startsWith(bytes, i, pattern)) {
				return i;
			}
		}
		return -1;
	}

}
