package vn.edu.hocbaso.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A Camunda Form (form-js JSON, a {@code *.form} file of {@code forms/}) read for the application's own task
 * page: the same file opens in Camunda Tasklist. Only the field types of {@link TaskFormField#TYPES} are
 * rendered; any other type makes the form unreadable, so that a form that would show half its fields fails the
 * forms test instead.
 */
public record TaskForm(String id, List<TaskFormField> fields) {

	private static final ObjectMapper JSON = new ObjectMapper();

	public TaskForm {
		fields = List.copyOf(fields);
	}

	/** A task without a form: completing it sets no variables. */
	static TaskForm empty() {
		return new TaskForm(null, List.of());
	}

	static TaskForm parse(InputStream json) {
		try (json) {
			return parse(JSON.readTree(json));
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("The form is not JSON", ex);
		}
	}

	static TaskForm parse(String json) {
		try {
			return parse(JSON.readTree(json));
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("The form is not JSON", ex);
		}
	}

	private static TaskForm parse(JsonNode root) {

		if (root == null || !root.isObject() || !root.path("components").isArray()) {
			throw new IllegalArgumentException("A form is an object with components");
		}

		List<TaskFormField> fields = new ArrayList<>();
		for (JsonNode component : root.path("components")) {
			fields.add(field(component));
		}

		return new TaskForm(text(root, "id"), fields);
	}

	private static TaskFormField field(JsonNode component) {

		String type = text(component, "type");
		if (!TaskFormField.TYPES.contains(type)) {
			throw new IllegalArgumentException("Form field type " + type + " is not one the application renders");
		}
		String key = text(component, "key");
		if (!"text".equals(type) && (key == null || key.isBlank())) {
			throw new IllegalArgumentException("Form field " + text(component, "id") + " has no key");
		}
		if ("datetime".equals(type) && !"date".equals(text(component, "subtype"))) {
			throw new IllegalArgumentException("Form field " + key + ": only dates are rendered, not times");
		}

		JsonNode validate = component.path("validate");
		return new TaskFormField(type, text(component, "id"), key, label(component), text(component, "description"),
				text(component, "text"), validate.path("required").asBoolean(false), decimal(validate, "min"),
				decimal(validate, "max"), integer(validate, "minLength"), integer(validate, "maxLength"),
				text(validate, "pattern"), defaultValue(component), options(component),
				integer(component, "decimalDigits"), component.path("readonly").asBoolean(false)
						|| component.path("disabled").asBoolean(false));
	}

	/** A date field names its label {@code dateLabel} in form-js. */
	private static String label(JsonNode component) {
		return Optional.ofNullable(text(component, "label")).orElse(text(component, "dateLabel"));
	}

	private static String defaultValue(JsonNode component) {
		JsonNode value = component.get("defaultValue");
		return value == null || value.isNull() ? null : value.asText();
	}

	private static List<TaskFormField.Option> options(JsonNode component) {
		List<TaskFormField.Option> options = new ArrayList<>();
		for (JsonNode value : component.path("values")) {
			options.add(new TaskFormField.Option(text(value, "label"), value.path("value").asText()));
		}
		return options;
	}

	private static String text(JsonNode node, String name) {
		JsonNode value = node.get(name);
		return value == null || value.isNull() ? null : value.asText();
	}

	private static BigDecimal decimal(JsonNode node, String name) {
		JsonNode value = node.get(name);
		return value == null || value.isNull() || value.asText().isBlank() ? null : new BigDecimal(value.asText());
	}

	private static Integer integer(JsonNode node, String name) {
		JsonNode value = node.get(name);
		return value == null || value.isNull() || value.asText().isBlank() ? null : value.asInt();
	}

	/** The fields a user fills in. */
	public List<TaskFormField> inputs() {
		return fields.stream().filter(TaskFormField::isEditable).toList();
	}

}
