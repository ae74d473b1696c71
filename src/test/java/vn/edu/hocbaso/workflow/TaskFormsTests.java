package vn.edu.hocbaso.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * Camunda Forms as the task page reads them, and the server-side check of what a user typed.
 */
class TaskFormsTests {

	private final TaskForm probe = probeForm();

	@Test
	void readsEveryFieldTypeWithItsRules() {

		assertThat(probe.id()).isEqualTo("taskListProbe");
		assertThat(probe.fields()).extracting(TaskFormField::type)
			.containsExactly("text", "textfield", "textarea", "number", "select", "radio", "checkbox", "datetime");

		TaskFormField name = field("probeName");
		assertThat(name.label()).isEqualTo("Tên");
		assertThat(name.description()).isEqualTo("Chỉ chữ cái.");
		assertThat(name.required()).isTrue();
		assertThat(name.minLength()).isEqualTo(2);
		assertThat(name.maxLength()).isEqualTo(20);
		assertThat(field("probeNumber").max()).isEqualByComparingTo("40");
		assertThat(field("probeChoice").options()).extracting(TaskFormField.Option::value)
			.containsExactly("APPROVE", "REFUSE", "NOT_READY");
		assertThat(field("probeDecision").defaultValue()).isEqualTo("YES");
		assertThat(field("probeDate").label()).isEqualTo("Ngày họp");
	}

	@Test
	void showsStaticTextAsPlainParagraphs() {
		assertThat(probe.fields().get(0).paragraphs()).containsExactly("Việc thử", "Điền mọi ô rồi bấm Hoàn thành.");
	}

	@Test
	void firstShowsTheDefaults() {
		TaskFormInput input = TaskFormInput.defaults(probe);
		assertThat(input.value("probeDecision")).isEqualTo("YES");
		assertThat(input.value("probeName")).isEmpty();
	}

	@Test
	void turnsValidInputIntoTypedVariables() {

		TaskFormInput input = TaskFormInput.check(probe, valid());

		assertThat(input.isValid()).isTrue();
		assertThat(input.variables()).containsEntry("probeName", "Nguyễn Thị Lan")
			.containsEntry("probeNumber", 35L)
			.containsEntry("probeChoice", "APPROVE")
			.containsEntry("probeDecision", "NO")
			.containsEntry("probeConfirmed", true)
			.containsEntry("probeDate", "2027-06-30")
			.containsEntry("probeNote", null);
	}

	@Test
	void acceptsADateWrittenTheVietnameseWay() {
		Map<String, String> typed = valid();
		typed.put("probeDate", "30/6/2027");
		assertThat(TaskFormInput.check(probe, typed).variables()).containsEntry("probeDate", "2027-06-30");
	}

	@Test
	void refusesMissingRequiredValuesAndKeepsWhatWasTyped() {

		Map<String, String> typed = valid();
		typed.remove("probeConfirmed");
		typed.put("probeName", " ");
		typed.put("probeNote", "giữ lại");

		TaskFormInput input = TaskFormInput.check(probe, typed);

		assertThat(input.isValid()).isFalse();
		assertThat(input.problems()).containsOnlyKeys("probeName", "probeConfirmed");
		assertThat(input.problems().get("probeName").code()).isEqualTo("tasks.form.required");
		assertThat(input.problems().get("probeName").arguments()).containsExactly("Tên");
		assertThat(input.value("probeNote")).isEqualTo("giữ lại");
	}

	@Test
	void refusesValuesOutsideTheRules() {
		assertThat(problem("probeNumber", "41")).isEqualTo("tasks.form.max");
		assertThat(problem("probeNumber", "0")).isEqualTo("tasks.form.min");
		assertThat(problem("probeNumber", "abc")).isEqualTo("tasks.form.number");
		assertThat(problem("probeNumber", "3,5")).isEqualTo("tasks.form.decimals");
		assertThat(problem("probeName", "L")).isEqualTo("tasks.form.minLength");
		assertThat(problem("probeName", "Lan".repeat(7))).isEqualTo("tasks.form.maxLength");
		assertThat(problem("probeName", "Lan 2")).isEqualTo("tasks.form.pattern");
		assertThat(problem("probeNote", "x".repeat(51))).isEqualTo("tasks.form.maxLength");
		assertThat(problem("probeChoice", "MAYBE")).isEqualTo("tasks.form.option");
		assertThat(problem("probeDecision", "PERHAPS")).isEqualTo("tasks.form.option");
		assertThat(problem("probeDate", "31/02/2027")).isEqualTo("tasks.form.date");
	}

	@Test
	void refusesFieldTypesTheApplicationDoesNotRender() {
		assertThatIllegalArgumentException().isThrownBy(() -> TaskForm.parse("""
				{"id": "f", "components": [{"type": "taglist", "key": "tags", "label": "Tags"}]}"""));
		assertThatIllegalArgumentException().isThrownBy(() -> TaskForm.parse("""
				{"id": "f", "components": [{"type": "datetime", "key": "at", "subtype": "datetime"}]}"""));
		assertThatIllegalArgumentException().isThrownBy(() -> TaskForm.parse("""
				{"id": "f", "components": [{"type": "textfield", "label": "No key"}]}"""));
		assertThatIllegalArgumentException().isThrownBy(() -> TaskForm.parse("not json"));
	}

	@Test
	void everyFormOfTheProcessesParses() throws IOException {

		Path forms = Path.of("forms");
		if (!Files.isDirectory(forms)) {
			return;
		}
		try (Stream<Path> files = Files.list(forms)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".form")).toList()) {
				TaskForm form = TaskForm.parse(Files.readString(file));
				assertThat(form.id()).as(file.toString()).isNotBlank();
			}
		}
	}

	private String problem(String key, String value) {
		Map<String, String> typed = valid();
		typed.put(key, value);
		TaskFormInput.Problem problem = TaskFormInput.check(probe, typed).problems().get(key);
		return problem == null ? null : problem.code();
	}

	private static Map<String, String> valid() {
		return new HashMap<>(Map.of("probeName", "Nguyễn Thị Lan", "probeNumber", "35", "probeChoice", "APPROVE",
				"probeDecision", "NO", "probeConfirmed", "true", "probeDate", "2027-06-30"));
	}

	private TaskFormField field(String key) {
		return probe.fields().stream().filter(field -> key.equals(field.key())).findFirst().orElseThrow();
	}

	private static TaskForm probeForm() {
		InputStream json = TaskFormsTests.class.getResourceAsStream("/forms/taskListProbe.form");
		return TaskForm.parse(json);
	}


	@Test
	void everyUserTaskAndFormTextHasBothLanguages() throws IOException {

		List<String> keys = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("processes"))) {
			for (Path bpmn : files.filter(path -> path.toString().endsWith(".bpmn")).toList()) {
				Bpmn.readModelFromFile(bpmn.toFile()).getModelElementsByType(UserTask.class)
					.forEach(task -> keys.add("tasks.name." + task.getId()));
			}
		}
		try (Stream<Path> files = Files.list(Path.of("forms"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".form")).toList()) {
				try (InputStream json = Files.newInputStream(file)) {
					keys.addAll(textKeys(TaskForm.parse(json)));
				}
			}
		}

		assertThat(keys).hasSizeGreaterThan(30);
		for (String bundle : List.of("messages.properties", "messages_en.properties")) {
			Properties messages = new Properties();
			try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", bundle))) {
				messages.load(reader);
			}
			assertThat(keys).as(bundle).allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
		}
	}

	@Test
	void spellsReasonOneWayInMessagesAndForms() throws IOException {

		List<Path> texts = new ArrayList<>(List.of(Path.of("src/main/resources/messages.properties")));
		try (Stream<Path> files = Files.list(Path.of("forms"))) {
			texts.addAll(files.filter(path -> path.toString().endsWith(".form")).toList());
		}

		// "lý do" is the spelling of the interface; "lí do" crept into some texts.
		for (Path text : texts) {
			assertThat(Files.readString(text).toLowerCase()).as(text.toString()).doesNotContain("lí do");
		}
	}

	private static List<String> textKeys(TaskForm form) {

		List<String> keys = new ArrayList<>();
		for (TaskFormField field : form.fields()) {
			String prefix = "forms." + form.id() + "." + (field.key() != null ? field.key() : field.id()) + ".";
			if (field.label() != null) {
				keys.add(prefix + "label");
			}
			if (field.description() != null) {
				keys.add(prefix + "description");
			}
			if (field.text() != null) {
				keys.add(prefix + "text");
			}
			field.options().forEach(option -> keys.add(prefix + "option." + option.value()));
		}
		return keys;
	}

}
