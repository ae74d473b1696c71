package vn.edu.hocbaso.record;

import static vn.edu.hocbaso.record.HocBaTags.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Writes a {@link NationalRecord} as the national XML ({@code HOC_BA}, DOMAIN.md §5), reads it back, and
 * validates a document against this project's schema {@code xml/hoc-ba-v1.xsd}. UTF-8, text in NFC, an empty
 * element for nothing: a {@code null} leaves the element out. The data node carries its Id
 * ({@code HB-<lookup code>}) for the signatures' References; the signature list is written empty and the signing
 * step fills it.
 */
public final class NationalRecordXml {

	private static final String SCHEMA = "/xml/hoc-ba-v1.xsd";

	private static final Schema COMPILED_SCHEMA = compileSchema();

	/**
	 * The secure parser's factory, configured once per thread: {@link DocumentBuilderFactory#newInstance()} is a
	 * service lookup that cost the registry's intake a fifth of its time when made for every record, and a
	 * factory is not thread-safe.
	 */
	private static final ThreadLocal<DocumentBuilderFactory> FACTORY =
			ThreadLocal.withInitial(NationalRecordXml::newFactory);

	/** The streaming parser of {@link #stream}, one per thread, reset before each use. */
	private static final ThreadLocal<SAXParser> STREAM_PARSER =
			ThreadLocal.withInitial(NationalRecordXml::newStreamParser);

	/** One secure parser per thread for {@link #parse(byte[], ErrorHandler)}, reset before each use. */
	private static final ThreadLocal<DocumentBuilder> BUILDER =
			ThreadLocal.withInitial(NationalRecordXml::newBuilder);

	private NationalRecordXml() {
	}

	public static byte[] write(NationalRecord record) {

		Document document = newBuilder().newDocument();
		document.setXmlStandalone(true);
		XmlWriter xml = new XmlWriter(document);

		Element hocBa = xml.root(HOC_BA);
		Element data = xml.add(hocBa, DU_LIEU_HOC_BA);
		NationalRecordWriter.writeDataId(data, record);
		NationalRecordWriter.writeGeneral(xml, xml.add(data, THONG_TIN_CHUNG), record);
		NationalRecordWriter.writeHistory(xml, xml.add(data, QUA_TRINH_HOC_TAP), record);
		NationalRecordWriter.writeSummary(xml, xml.add(data, TONG_KET), record);
		xml.add(hocBa, DANH_SACH_THONG_TIN_KY);

		return serialise(document);
	}

	public static NationalRecord read(InputStream in) {
		try {
			Element hocBa = newBuilder().parse(in).getDocumentElement();
			return NationalRecordReader.read(new XmlReader(hocBa));
		}
		catch (SAXException ex) {
			throw new InvalidNationalXml(ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static NationalRecord read(byte[] xml) {
		return read(new ByteArrayInputStream(xml));
	}

	/** Checks a document against the project's schema: element order, mandatory elements and code lists. */
	public static void validate(byte[] xml) {
		try {
			COMPILED_SCHEMA.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
		}
		catch (SAXException ex) {
			throw new InvalidNationalXml(ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] serialise(Document document) {
		try {
			TransformerFactory factory = TransformerFactory.newInstance();
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
			Transformer transformer = factory.newTransformer();
			transformer.setOutputProperty(OutputKeys.ENCODING, StandardCharsets.UTF_8.name());
			transformer.setOutputProperty(OutputKeys.INDENT, "yes");
			transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");

			ByteArrayOutputStream out = new ByteArrayOutputStream();
			transformer.transform(new DOMSource(document), new StreamResult(out));
			return out.toByteArray();
		}
		catch (TransformerException ex) {
			throw new IllegalStateException("Cannot write the record XML", ex);
		}
	}

	/**
	 * A parser that refuses document types, so that no entity of a received file is ever expanded. Every module
	 * that reads a record's XML (signing too) takes its parser here.
	 */
	public static DocumentBuilder newBuilder() {
		try {
			return FACTORY.get().newDocumentBuilder();
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("No secure XML parser", ex);
		}
	}

	/**
	 * Reports each error as the exception it is and nothing on the console: the JAXP default handler prints
	 * "[Fatal Error] …" on standard error besides throwing, which a server's log or a command's output should not
	 * get for a stranger's bad file. Warnings do not make a document unreadable.
	 */
	public static final ErrorHandler STRICT = new ErrorHandler() {

		@Override
		public void warning(SAXParseException exception) {
			// Not a reason to refuse the document.
		}

		@Override
		public void error(SAXParseException exception) throws SAXParseException {
			throw exception;
		}

		@Override
		public void fatalError(SAXParseException exception) throws SAXParseException {
			throw exception;
		}

	};

	/**
	 * Parses a document with this thread's secure parser (the one {@link #newBuilder()} makes), reset first so
	 * that nothing of an earlier parse carries over, reporting to that error handler.
	 */
	public static Document parse(byte[] xml, ErrorHandler errors) throws SAXException {
		DocumentBuilder builder = BUILDER.get();
		builder.reset();
		builder.setErrorHandler(errors);
		try {
			return builder.parse(new ByteArrayInputStream(xml));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read bytes in memory", ex);
		}
	}

	/**
	 * Reads a document as a stream of events into the handler (which also gets the errors), with this thread's
	 * parser set up as the secure parser is: namespaces, no document type, secure processing, no XInclude. For
	 * a large document that is only checked, not kept.
	 */
	public static void stream(byte[] xml, DefaultHandler handler) throws SAXException {
		SAXParser parser = STREAM_PARSER.get();
		parser.reset();
		try {
			parser.parse(new ByteArrayInputStream(xml), handler);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read bytes in memory", ex);
		}
	}

	private static SAXParser newStreamParser() {
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setXIncludeAware(false);
			return factory.newSAXParser();
		}
		catch (ParserConfigurationException | SAXException ex) {
			throw new IllegalStateException("No secure XML parser", ex);
		}
	}

	private static DocumentBuilderFactory newFactory() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			return factory;
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("No secure XML parser", ex);
		}
	}

	private static Schema compileSchema() {
		try {
			URL schema = NationalRecordXml.class.getResource(SCHEMA);
			SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			return factory.newSchema(schema);
		}
		catch (SAXException ex) {
			throw new IllegalStateException("Cannot read the schema " + SCHEMA, ex);
		}
	}

	/** A document that is not a well-formed or valid record. */
	public static class InvalidNationalXml extends IllegalArgumentException {

		InvalidNationalXml(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
