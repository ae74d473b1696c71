package vn.edu.hocbaso.workflow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.edu.hocbaso.security.AccessScopes;
import vn.edu.hocbaso.security.CurrentUser;
import vn.edu.hocbaso.workflow.TaskOutcome.Kind;
import vn.edu.hocbaso.workflow.TaskViews.TaskDetail;

/**
 * The task list ({@code /tasks}), a task with its form ({@code /tasks/{id}}), and claiming, giving back and
 * completing. Form fields arrive as {@code f.<variable name>}.
 */
@Controller
class TaskController {

	static final String FIELD_PREFIX = "f.";

	private final TaskList taskList;

	private final TaskWork work;

	private final ClassApprovals approvals;

	private final AccessScopes scopes;

	TaskController(TaskList taskList, TaskWork work, ClassApprovals approvals, AccessScopes scopes) {
		this.taskList = taskList;
		this.work = work;
		this.approvals = approvals;
		this.scopes = scopes;
	}

	@GetMapping("/tasks")
	String listTasks(@RequestParam(required = false) String classId, @RequestParam(required = false) String type,
			@RequestParam(required = false) String due, @RequestParam(defaultValue = "0") int page, Model model) {

		CurrentUser user = scopes.currentUser();
		model.addAttribute("tasks", taskList.page(user, TaskFilter.lenient(classId, type, due), page));
		model.addAttribute("counts", taskList.counts(user));

		return "tasks/list";
	}

	@GetMapping("/tasks/{taskId}")
	String showTask(@PathVariable String taskId, Model model, RedirectAttributes redirect) {

		CurrentUser user = scopes.currentUser();
		Task task = visibleOrRedirect(user, taskId, redirect);
		if (task == null) {
			return "redirect:/tasks";
		}

		TaskDetail detail = taskList.detail(user, task);
		model.addAttribute("detail", detail);
		if (!model.containsAttribute("input")) {
			model.addAttribute("input", TaskFormInput.defaults(detail.form()));
		}

		return "tasks/show";
	}

	@PostMapping("/tasks/{taskId}/claim")
	String claim(@PathVariable String taskId, @RequestParam(defaultValue = "list") String from,
			RedirectAttributes redirect) {
		TaskOutcome outcome = work.claim(scopes.currentUser(), taskId);
		flash(redirect, outcome, "tasks.claimed");
		return back(taskId, from, outcome);
	}

	@PostMapping("/tasks/{taskId}/unclaim")
	String unclaim(@PathVariable String taskId, @RequestParam(defaultValue = "list") String from,
			RedirectAttributes redirect) {
		TaskOutcome outcome = work.unclaim(scopes.currentUser(), taskId);
		flash(redirect, outcome, "tasks.unclaimed");
		return back(taskId, from, outcome);
	}

	@PostMapping("/tasks/{taskId}/complete")
	String complete(@PathVariable String taskId, @RequestParam Map<String, String> parameters,
			@RequestParam(required = false) String approvalOf, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {

		CurrentUser user = scopes.currentUser();
		Long approvalClass = approvalPage(taskId, approvalOf);
		TaskOutcome outcome = work.complete(user, taskId, fields(parameters));
		if (outcome.isDone() || outcome.kind() == Kind.GONE) {
			flash(redirect, outcome, "tasks.completed");
			return approvalClass == null ? "redirect:/tasks" : "redirect:/classes/" + approvalClass + "/approval";
		}
		if (outcome.kind() == Kind.NOT_YOURS) {
			return notYours(model, response);
		}

		// The form again as it was sent, with why it was not accepted.
		response.setStatus(outcome.kind() == Kind.INVALID ? HttpStatus.UNPROCESSABLE_ENTITY.value()
				: HttpStatus.CONFLICT.value());
		model.addAttribute("outcome", outcome);
		model.addAttribute("input", outcome.input() != null ? outcome.input() : typed(parameters));
		if (outcome.refusal() != null) {
			model.addAttribute("failingPupils", taskList.pupilsOf(outcome.refusal()));
		}
		if (approvalClass != null) {
			model.addAttribute("approval", approvals.of(user, approvalClass));
			return "classes/approval";
		}

		return showTask(taskId, model, redirect);
	}

	/**
	 * The class whose approval page the form was sent from, when it is the task's own class: the way back goes
	 * only there, never to another class's page or another site.
	 */
	private Long approvalPage(String taskId, String approvalOf) {
		Long classId = TaskFilter.number(approvalOf);
		return classId != null && classId.equals(taskList.classIdOf(taskId)) ? classId : null;
	}

	/** The task list with the same clear message a claim gives, instead of a bare "access denied" page. */
	private String notYours(Model model, HttpServletResponse response) {

		response.setStatus(HttpStatus.FORBIDDEN.value());
		model.addAttribute("message", TaskMessage.error("tasks.notYours"));

		return listTasks(null, null, null, 0, model);
	}

	private Task visibleOrRedirect(CurrentUser user, String taskId, RedirectAttributes redirect) {

		Task task = taskList.visible(user, taskId);
		if (task != null) {
			return task;
		}
		if (work.exists(taskId)) {
			throw new AccessDeniedException("Task " + taskId + " is not the user's");
		}

		redirect.addFlashAttribute("message", TaskMessage.error("tasks.gone"));
		return null;
	}

	private static Map<String, String> fields(Map<String, String> parameters) {
		Map<String, String> fields = new LinkedHashMap<>();
		parameters.forEach((name, value) -> {
			if (name.startsWith(FIELD_PREFIX)) {
				fields.put(name.substring(FIELD_PREFIX.length()), value);
			}
		});
		return fields;
	}

	/** The typed values of a form that the rules refused, kept for the page. */
	private static TaskFormInput typed(Map<String, String> parameters) {
		return new TaskFormInput(fields(parameters), Map.of(), Map.of());
	}

	private static void flash(RedirectAttributes redirect, TaskOutcome outcome, String doneKey) {
		redirect.addFlashAttribute("message", switch (outcome.kind()) {
			case DONE -> TaskMessage.info(doneKey, outcome.taskName());
			case GONE -> TaskMessage.error("tasks.gone");
			case NOT_YOURS -> TaskMessage.error("tasks.notYours");
			case HELD_BY_OTHER -> TaskMessage.error("tasks.heldBy", outcome.holder());
			case INVALID -> TaskMessage.error("tasks.form.invalid");
			case REFUSED -> TaskMessage.error(outcome.refusal().messageKey(), outcome.refusal().arguments());
		});
	}

	private static String back(String taskId, String from, TaskOutcome outcome) {
		boolean toTask = "task".equals(from) && outcome.kind() != Kind.GONE;
		return toTask ? "redirect:/tasks/" + taskId : "redirect:/tasks";
	}

	/** A message for the top of the page: a key of the bundles and its arguments. */
	record TaskMessage(boolean error, String key, List<Object> arguments) {

		static TaskMessage info(String key, Object... arguments) {
			return new TaskMessage(false, key, List.of(arguments));
		}

		static TaskMessage error(String key, Object... arguments) {
			return new TaskMessage(true, key, List.of(arguments));
		}

		public Object[] argumentArray() {
			return arguments.toArray();
		}

	}

}
