package vn.edu.hocbaso.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Definitions;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.edu.hocbaso.schoolyear.DeadlineKind;

/**
 * Every BPMN file in {@code processes/} opens in Camunda Modeler and runs on our engine: it parses, has a shape
 * for every flow node and an edge for every flow, a history time to live and a version tag, the file is named
 * after the process, every user task has a form in {@code forms/} made of the field types the application
 * renders, every service task names a delegate bean that exists (a class or a {@code @Bean} method), and
 * timers and due dates read the school year's calendar.
 */
class ProcessModelTests {

	private static final Path PROCESSES = Path.of("processes");

	private static final Path FORMS = Path.of("forms");

	private static final Set<String> FIELD_TYPES = Set.of("textfield", "textarea", "number", "select", "radio",
			"checkbox", "datetime", "text");

	private static final String MODELER = "http://camunda.org/schema/modeler/1.0";

	private static final String DEADLINE = "\\$\\{deadlines\\.at\\('(" + Arrays.stream(DeadlineKind.values())
		.map(DeadlineKind::name)
		.collect(Collectors.joining("|")) + ")', execution\\)}";

	private static final String DELEGATE_PACKAGE = "vn.edu.hocbaso.workflow.";

	@Test
	void findsTheProcessesOfTheClassBook() throws IOException {
		assertThat(bpmnFiles()).extracting(path -> path.getFileName().toString())
			.contains("classRecordBookProcess.bpmn", "supplementaryEvaluationProcess.bpmn",
					"recordApprovalProcess.bpmn");
	}

	@TestFactory
	Stream<DynamicTest> everyProcessIsComplete() throws IOException {
		return bpmnFiles().stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(),
				() -> checkProcess(path)));
	}

	@TestFactory
	Stream<DynamicTest> everyFormParsesWithSupportedFields() throws IOException {
		return formFiles().stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {

			JsonNode form = new ObjectMapper().readTree(path.toFile());

			assertThat(form.path("id").asText()).as("form id").isNotBlank();
			assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
			assertThat(fieldTypes(form.path("components"))).as("field types").isNotEmpty().isSubsetOf(FIELD_TYPES);
			assertThat(keysWithoutLabel(form.path("components"))).as("fields without a label").isEmpty();
		}));
	}

	@Test
	void formIdsAreUnique() throws IOException {

		Map<String, List<Path>> files = formsById();

		assertThat(files).allSatisfy((id, paths) -> assertThat(paths).as(id).hasSize(1));
	}

	private void checkProcess(Path path) throws IOException {

		BpmnModelInstance model = Bpmn.readModelFromFile(path.toFile());
		Collection<Process> processes = model.getModelElementsByType(Process.class);
		assertThat(processes).hasSize(1);
		Process process = processes.iterator().next();

		assertThat(path.getFileName().toString()).isEqualTo(process.getId() + ".bpmn");
		assertThat(process.isExecutable()).isTrue();
		assertThat(process.getCamundaHistoryTimeToLiveString()).as("historyTimeToLive").isNotBlank();
		assertThat(process.getCamundaVersionTag()).as("versionTag").isNotBlank();
		Definitions definitions = model.getDefinitions();
		assertThat(definitions.getDomElement().getAttribute(MODELER, "executionPlatform"))
			.isEqualTo("Camunda Platform");
		assertThat(definitions.getDomElement().getAttribute(MODELER, "executionPlatformVersion")).startsWith("7.");

		checkDiagram(model);
		checkDocumentation(model);
		checkDeadlines(model);
		checkUserTasks(model);
		checkCallActivities(model);
		checkServiceTasks(model);
	}

	private static void checkDiagram(BpmnModelInstance model) {

		assertThat(model.getModelElementsByType(BpmnDiagram.class)).as("BPMNDiagram").isNotEmpty();
		Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
			.map(shape -> shape.getBpmnElement().getId())
			.collect(Collectors.toSet());
		Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
			.map(edge -> edge.getBpmnElement().getId())
			.collect(Collectors.toSet());

		assertThat(model.getModelElementsByType(FlowNode.class)).allSatisfy(
				node -> assertThat(shapes).as("shape of " + node.getId()).contains(node.getId()));
		assertThat(model.getModelElementsByType(SequenceFlow.class)).allSatisfy(
				flow -> assertThat(edges).as("edge of " + flow.getId()).contains(flow.getId()));
	}

	private static void checkDocumentation(BpmnModelInstance model) {
		assertThat(model.getModelElementsByType(Activity.class)).allSatisfy(activity -> assertThat(
				activity.getDocumentations()).as("documentation of " + activity.getId()).isNotEmpty());
	}

	private static void checkUserTasks(BpmnModelInstance model) throws IOException {

		Map<String, List<Path>> forms = formsById();

		for (UserTask task : model.getModelElementsByType(UserTask.class)) {
			String formRef = task.getCamundaFormRef();
			assertThat(formRef).as("formRef of " + task.getId()).isNotBlank();
			assertThat(forms.get(formRef)).as("form file of " + task.getId()).hasSize(1);
			assertThat(task.getCamundaCandidateGroups()).as("candidate groups of " + task.getId()).isNotBlank();
		}
	}

	private static void checkServiceTasks(BpmnModelInstance model) throws IOException {
		for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {

			String expression = task.getCamundaDelegateExpression();
			assertThat(expression).as("delegate of " + task.getId()).matches("\\$\\{[a-z][A-Za-z]*Delegate}");
			String bean = expression.substring(2, expression.length() - 1);

			assertThat(delegateClass(bean) != null || delegateBeanMethod(bean) != null)
				.as("a @Component class or a @Bean method for " + bean).isTrue();
		}
	}

	/** The delegate as a class of its own: {@code fooDelegate} is {@code @Component class FooDelegate}. */
	private static Class<?> delegateClass(String bean) {

		Class<?> type = classNamed(DELEGATE_PACKAGE + Character.toUpperCase(bean.charAt(0)) + bean.substring(1));
		if (type == null || !JavaDelegate.class.isAssignableFrom(type) || !type.isAnnotationPresent(Component.class)) {
			return null;
		}

		return type;
	}

	/** The delegate as a {@code @Bean JavaDelegate fooDelegate(...)} method of a configuration of the package. */
	private static Method delegateBeanMethod(String bean) throws IOException {
		for (Class<?> type : workflowClasses()) {
			for (Method method : type.getDeclaredMethods()) {
				if (method.getName().equals(bean) && method.isAnnotationPresent(Bean.class)
						&& JavaDelegate.class.isAssignableFrom(method.getReturnType())) {
					return method;
				}
			}
		}

		return null;
	}

	private static List<Class<?>> workflowClasses() throws IOException {

		List<Class<?>> classes = new ArrayList<>();
		String folder = DELEGATE_PACKAGE.replace('.', '/');
		for (URL url : Collections.list(ProcessModelTests.class.getClassLoader().getResources(folder))) {
			try (Stream<Path> files = Files.list(Path.of(URI.create(url.toString())))) {
				files.map(path -> path.getFileName().toString())
					.filter(name -> name.endsWith(".class") && !name.contains("$"))
					.map(name -> classNamed(DELEGATE_PACKAGE + name.substring(0, name.length() - ".class".length())))
					.forEach(classes::add);
			}
		}
		assertThat(classes).as("classes of the workflow package").isNotEmpty();

		return classes;
	}

	private static void checkCallActivities(BpmnModelInstance model) {
		for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
			assertThat(PROCESSES.resolve(call.getCalledElement() + ".bpmn")).as("called by " + call.getId())
				.exists();
		}
	}

	/** Timers and due dates come from the school year's calendar, so that editing a deadline moves them. */
	private static void checkDeadlines(BpmnModelInstance model) {

		for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
			assertThat(timer.getTimeDate()).as("timeDate of " + timer.getId()).isNotNull();
			assertThat(timer.getTimeDate().getTextContent().strip()).as("timeDate of " + timer.getId())
				.matches(DEADLINE);
		}
		for (UserTask task : model.getModelElementsByType(UserTask.class)) {
			if (task.getCamundaDueDate() != null) {
				assertThat(task.getCamundaDueDate()).as("due date of " + task.getId()).matches(DEADLINE);
			}
		}
	}

	private static Class<?> classNamed(String name) {
		try {
			return Class.forName(name);
		}
		catch (ClassNotFoundException ex) {
			return null;
		}
	}

	private static List<String> fieldTypes(JsonNode components) {

		List<String> types = new ArrayList<>();
		for (JsonNode component : components) {
			types.add(component.path("type").asText());
			types.addAll(fieldTypes(component.path("components")));
		}

		return types;
	}

	private static List<String> keysWithoutLabel(JsonNode components) {

		List<String> keys = new ArrayList<>();
		for (JsonNode component : components) {
			if (component.hasNonNull("key") && component.path("label").asText().isBlank()) {
				keys.add(component.path("key").asText());
			}
			keys.addAll(keysWithoutLabel(component.path("components")));
		}

		return keys;
	}

	private static Map<String, List<Path>> formsById() throws IOException {

		Map<String, List<Path>> byId = new HashMap<>();
		for (Path path : formFiles()) {
			String id = new ObjectMapper().readTree(path.toFile()).path("id").asText();
			byId.computeIfAbsent(id, key -> new ArrayList<>()).add(path);
		}

		return byId;
	}

	private static List<Path> bpmnFiles() throws IOException {
		return filesEndingWith(PROCESSES, ".bpmn");
	}

	private static List<Path> formFiles() throws IOException {
		return filesEndingWith(FORMS, ".form");
	}

	private static List<Path> filesEndingWith(Path folder, String suffix) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
		}
	}

}
