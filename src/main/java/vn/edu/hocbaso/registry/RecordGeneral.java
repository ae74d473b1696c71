package vn.edu.hocbaso.registry;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The general part of a record file ({@code THONG_TIN_CHUNG}): the lookup code, the pupil and the class, as the
 * public and the department's pages show them. Read with the secure parser; a file that is not XML, or has no
 * general part, reads every field as null.
 */
final class RecordGeneral {

	private final boolean readable;

	private final Element general;

	private RecordGeneral(boolean readable, Element general) {
		this.readable = readable;
		this.general = general;
	}

	static RecordGeneral of(byte[] xml) {
		Document document = RecordList.parse(xml);
		if (document == null) {
			return new RecordGeneral(false, null);
		}
		NodeList nodes = document.getElementsByTagNameNS("*", "THONG_TIN_CHUNG");
		return new RecordGeneral(true, nodes.getLength() == 0 ? null : (Element) nodes.item(0));
	}

	/** Whether the bytes are well-formed XML the secure parser accepts. */
	boolean readable() {
		return readable;
	}

	/** A direct child's text, stripped; null when the child is missing or empty. */
	String text(String name) {
		if (general == null) {
			return null;
		}
		for (Node child = general.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && name.equals(element.getLocalName())) {
				String value = element.getTextContent().strip();
				return value.isEmpty() ? null : value;
			}
		}
		return null;
	}

}
