package vn.edu.hocbaso.record;

import java.text.Normalizer;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Adds elements to a DOM document; a {@code null} value adds nothing, text goes in as NFC. The DOM serialiser
 * escapes {@code <} and {@code &}.
 */
final class XmlWriter {

	private final Document document;

	XmlWriter(Document document) {
		this.document = document;
	}

	Element root(String tag) {
		Element root = document.createElement(tag);
		document.appendChild(root);
		return root;
	}

	Element add(Element parent, String tag) {
		Element element = document.createElement(tag);
		parent.appendChild(element);
		return element;
	}

	void text(Element parent, String tag, Object value) {
		if (value != null) {
			add(parent, tag).setTextContent(Normalizer.normalize(value.toString(), Normalizer.Form.NFC));
		}
	}

}
