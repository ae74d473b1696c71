package vn.edu.hocbaso.record;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the child elements of a DOM element by tag; a missing element reads as {@code null}, text as NFC.
 */
final class XmlReader {

	private final Element element;

	XmlReader(Element element) {
		this.element = element;
	}

	String name() {
		return element.getTagName();
	}

	XmlReader child(String tag) {
		List<XmlReader> found = children(tag);
		if (found.isEmpty()) {
			throw new NationalRecordXml.InvalidNationalXml("Missing element " + tag + " in " + name(), null);
		}
		return found.get(0);
	}

	List<XmlReader> children(String tag) {

		List<XmlReader> found = new ArrayList<>();
		for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element child && tag.equals(child.getTagName())) {
				found.add(new XmlReader(child));
			}
		}

		return found;
	}

	String text(String tag) {
		List<XmlReader> found = children(tag);
		if (found.isEmpty()) {
			return null;
		}
		return Normalizer.normalize(found.get(0).element.getTextContent().strip(), Normalizer.Form.NFC);
	}

	<T> T value(String tag, Function<String, T> parse) {
		String text = text(tag);
		return text == null ? null : parse.apply(text);
	}

}
