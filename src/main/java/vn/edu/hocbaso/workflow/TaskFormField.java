package vn.edu.hocbaso.workflow;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * One component of a Camunda Form (form-js JSON) as the task page renders it. Input fields carry the process
 * variable they set ({@code key}); {@code text} components carry static text only.
 *
 * @param type textfield, textarea, number, select, radio, checkbox, datetime (date only) or text
 * @param options the choices of a select or radio field
 * @param decimalDigits the most digits after the decimal point a number may have; null for any
 */
public record TaskFormField(String type, String id, String key, String label, String description, String text,
		boolean required, BigDecimal min, BigDecimal max, Integer minLength, Integer maxLength, String pattern,
		String defaultValue, List<Option> options, Integer decimalDigits, boolean readonly) {

	/** The field types the application renders; forms must use only these (the shared contract). */
	static final List<String> TYPES = List.of("textfield", "textarea", "number", "select", "radio", "checkbox",
			"datetime", "text");

	public TaskFormField {
		options = List.copyOf(options);
	}

	public boolean isInput() {
		return !"text".equals(type);
	}

	/** Whether the user types or picks a value, so that it is submitted and checked. */
	public boolean isEditable() {
		return isInput() && !readonly;
	}

	/** The static text as paragraphs of plain text: markdown marks ({@code #}, {@code **}) are dropped. */
	public List<String> paragraphs() {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("\\n\\s*\\n"))
			.map(TaskFormField::plain)
			.filter(paragraph -> !paragraph.isBlank())
			.toList();
	}

	private static String plain(String markdown) {
		return markdown.replaceAll("(?m)^\\s{0,3}#{1,6}\\s*", "")
			.replaceAll("(?m)^\\s*[-*+]\\s+", "• ")
			.replace("**", "")
			.replace("__", "")
			.replaceAll("`", "")
			.trim();
	}

	/** One choice of a select or radio field. */
	public record Option(String label, String value) {
	}

}
