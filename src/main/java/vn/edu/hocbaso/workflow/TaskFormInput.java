package vn.edu.hocbaso.workflow;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What a user typed into a task's form, checked on the server against the form's own rules (required, min and
 * max, lengths, pattern, the offered choices) and turned into process variables of the form's types: text,
 * whole or decimal numbers, booleans, dates as ISO text (as form-js stores them).
 *
 * @param values what was typed, by field key, to show the form again as it was sent
 * @param problems the first problem of each field that has one, by field key
 * @param variables the process variables, only meaningful without problems
 */
public record TaskFormInput(Map<String, String> values, Map<String, Problem> problems,
		Map<String, Object> variables) {

	private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	/** Checks the typed values (by field key; a checkbox that is not ticked sends nothing). */
	static TaskFormInput check(TaskForm form, Map<String, String> typed) {

		Map<String, String> values = new LinkedHashMap<>();
		Map<String, Problem> problems = new LinkedHashMap<>();
		Map<String, Object> variables = new LinkedHashMap<>();

		for (TaskFormField field : form.inputs()) {
			String value = typed.get(field.key());
			values.put(field.key(), value == null ? "" : value);
			try {
				variables.put(field.key(), convert(field, value == null ? "" : value.strip()));
			}
			catch (Refused refused) {
				problems.put(field.key(), refused.problem);
			}
		}

		return new TaskFormInput(values, problems, variables);
	}

	/** The form as it is first shown: every field at its default value. */
	static TaskFormInput defaults(TaskForm form) {

		Map<String, String> values = new LinkedHashMap<>();
		for (TaskFormField field : form.inputs()) {
			values.put(field.key(), field.defaultValue() == null ? "" : field.defaultValue());
		}

		return new TaskFormInput(values, Map.of(), Map.of());
	}

	public boolean isValid() {
		return problems.isEmpty();
	}

	public String value(String key) {
		return values.getOrDefault(key, "");
	}

	private static Object convert(TaskFormField field, String value) {

		if ("checkbox".equals(field.type())) {
			boolean ticked = "true".equalsIgnoreCase(value) || "on".equalsIgnoreCase(value);
			require(!field.required() || ticked, "tasks.form.required", field);
			return ticked;
		}
		if (value.isEmpty()) {
			require(!field.required(), "tasks.form.required", field);
			return null;
		}

		return switch (field.type()) {
			case "number" -> number(field, value);
			case "select", "radio" -> choice(field, value);
			case "datetime" -> date(field, value);
			default -> text(field, value);
		};
	}

	private static String text(TaskFormField field, String value) {

		int length = value.codePointCount(0, value.length());
		require(field.minLength() == null || length >= field.minLength(), "tasks.form.minLength", field,
				field.minLength());
		require(field.maxLength() == null || length <= field.maxLength(), "tasks.form.maxLength", field,
				field.maxLength());
		require(field.pattern() == null || matches(field.pattern(), value), "tasks.form.pattern", field);

		return value;
	}

	private static boolean matches(String pattern, String value) {
		try {
			return Pattern.compile(pattern).matcher(value).matches();
		}
		catch (PatternSyntaxException ex) {
			// A broken pattern in a form is the form's fault; the value is not refused for it.
			return true;
		}
	}

	private static Number number(TaskFormField field, String value) {

		BigDecimal number;
		try {
			number = new BigDecimal(value.replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			throw new Refused("tasks.form.number", field);
		}
		require(field.min() == null || number.compareTo(field.min()) >= 0, "tasks.form.min", field,
				plain(field.min()));
		require(field.max() == null || number.compareTo(field.max()) <= 0, "tasks.form.max", field,
				plain(field.max()));

		BigDecimal stripped = number.stripTrailingZeros();
		int decimals = Math.max(stripped.scale(), 0);
		require(field.decimalDigits() == null || decimals <= field.decimalDigits(), "tasks.form.decimals", field,
				field.decimalDigits());

		return decimals == 0 ? (Number) stripped.longValueExact() : (Number) stripped.doubleValue();
	}

	private static String plain(BigDecimal number) {
		return number.stripTrailingZeros().toPlainString();
	}

	private static String choice(TaskFormField field, String value) {
		boolean offered = field.options().stream().anyMatch(option -> option.value().equals(value));
		require(offered, "tasks.form.option", field);
		return value;
	}

	/** A date picker sends ISO dates; a date typed by hand may be written the Vietnamese way, 30/06/2027. */
	private static String date(TaskFormField field, String value) {
		try {
			return LocalDate.parse(value).toString();
		}
		catch (DateTimeParseException iso) {
			try {
				return LocalDate.parse(value, VIETNAMESE_DATE).toString();
			}
			catch (DateTimeParseException vietnamese) {
				throw new Refused("tasks.form.date", field);
			}
		}
	}

	private static void require(boolean condition, String code, TaskFormField field, Object... more) {
		if (!condition) {
			throw new Refused(code, field, more);
		}
	}

	/**
	 * A field's problem: a message key whose first argument is the field's label.
	 */
	public record Problem(String code, Object[] arguments) {
	}

	private static final class Refused extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final transient Problem problem;

		Refused(String code, TaskFormField field, Object... more) {
			super(code, null, false, false);
			Object[] arguments = new Object[more.length + 1];
			arguments[0] = field.label() == null ? field.key() : field.label();
			System.arraycopy(more, 0, arguments, 1, more.length);
			this.problem = new Problem(code, arguments);
		}

	}

}
