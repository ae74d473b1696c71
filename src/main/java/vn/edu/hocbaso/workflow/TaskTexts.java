package vn.edu.hocbaso.workflow;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Task names and form texts in the reader's language. The BPMN and form files carry Vietnamese text, which
 * Camunda's own Tasklist shows; the application looks for {@code tasks.name.<task definition key>} and
 * {@code forms.<form id>.<field key>.label|description|text|option.<value>} in the message bundles first and
 * falls back to the file's text.
 */
@Component
class TaskTexts {

	private final MessageSource messages;

	TaskTexts(MessageSource messages) {
		this.messages = messages;
	}

	String taskName(String definitionKey, String fromModel) {
		return text("tasks.name." + definitionKey, fromModel);
	}

	TaskForm form(TaskForm form) {
		if (form.id() == null) {
			return form;
		}
		return new TaskForm(form.id(), form.fields().stream().map(field -> field(form.id(), field)).toList());
	}

	private TaskFormField field(String formId, TaskFormField field) {

		String prefix = "forms." + formId + "." + (field.key() != null ? field.key() : field.id()) + ".";
		List<TaskFormField.Option> options = field.options().stream()
			.map(option -> new TaskFormField.Option(text(prefix + "option." + option.value(), option.label()),
					option.value()))
			.toList();

		return new TaskFormField(field.type(), field.id(), field.key(), text(prefix + "label", field.label()),
				text(prefix + "description", field.description()), text(prefix + "text", field.text()),
				field.required(), field.min(), field.max(), field.minLength(), field.maxLength(), field.pattern(),
				field.defaultValue(), options, field.decimalDigits(), field.readonly());
	}

	private String text(String code, String fallback) {
		return fallback == null ? null : messages.getMessage(code, null, fallback, LocaleContextHolder.getLocale());
	}

}
