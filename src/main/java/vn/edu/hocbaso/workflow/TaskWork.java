package vn.edu.hocbaso.workflow;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.edu.hocbaso.security.CurrentUser;
import vn.edu.hocbaso.workflow.TaskOutcome.Kind;

/**
 * Claims, gives back and completes tasks for the signed-in person. Completing claims the task for her first, runs
 * as her (so that Cockpit shows who, and delegates act as {@code actorStaffId}), and is one transaction: a
 * refusal of the rules, a second click or a second tab leave everything as it was.
 */
@Service
public class TaskWork {

	/** The process variable delegates read to act as the person who completed the task. */
	static final String ACTOR_STAFF_ID = "actorStaffId";

	private static final Logger LOG = LoggerFactory.getLogger(TaskWork.class);

	private final TaskService tasks;

	private final IdentityService identity;

	private final TaskList taskList;

	private final TaskForms forms;

	private final TransactionTemplate transaction;

	private final RuntimeService runtime;

	TaskWork(TaskService tasks, IdentityService identity, TaskList taskList, TaskForms forms,
			TransactionTemplate transaction, RuntimeService runtime) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.identity = identity;
		this.taskList = taskList;
		this.forms = forms;
		this.transaction = transaction;
	}

	public TaskOutcome claim(CurrentUser user, String taskId) {

		Task task = taskList.visible(user, taskId);
		if (task == null) {
			return TaskOutcome.of(exists(taskId) ? Kind.NOT_YOURS : Kind.GONE, null);
		}
		if (task.getAssignee() != null && !task.getAssignee().equals(user.getUsername())) {
			return heldBy(task.getAssignee(), task);
		}

		try {
			tasks.claim(taskId, user.getUsername());
		}
		catch (TaskAlreadyClaimedException ex) {
			return heldBy(ex.getTaskAssignee(), task);
		}
		catch (NullValueException ex) {
			return TaskOutcome.of(Kind.GONE, taskList.nameOf(task));
		}

		return TaskOutcome.of(Kind.DONE, taskList.nameOf(task));
	}

	/** Gives a task she holds back to her group. */
	public TaskOutcome unclaim(CurrentUser user, String taskId) {

		Task task = taskList.visible(user, taskId);
		if (task == null) {
			return TaskOutcome.of(exists(taskId) ? Kind.NOT_YOURS : Kind.GONE, null);
		}
		if (!user.getUsername().equals(task.getAssignee())) {
			return task.getAssignee() == null ? TaskOutcome.of(Kind.DONE, taskList.nameOf(task))
					: heldBy(task.getAssignee(), task);
		}

		tasks.setAssignee(taskId, null);
		return TaskOutcome.of(Kind.DONE, taskList.nameOf(task));
	}

	/** Checks the typed form and completes the task with its values. */
	public TaskOutcome complete(CurrentUser user, String taskId, Map<String, String> typed) {

		Task task = taskList.visible(user, taskId);
		if (task == null) {
			return TaskOutcome.of(exists(taskId) ? Kind.NOT_YOURS : Kind.GONE, null);
		}
		if (task.getAssignee() != null && !task.getAssignee().equals(user.getUsername())) {
			return heldBy(task.getAssignee(), task);
		}

		TaskForm form;
		try {
			form = forms.of(task);
		}
		catch (RuntimeException ex) {
			// Another tab may complete the task between the check above and the form's lookup; the engine then
			// fails on the missing task, which is the same outcome as a second click.
			if (!exists(taskId)) {
				return TaskOutcome.of(Kind.GONE, null);
			}
			throw ex;
		}
		TaskFormInput input = TaskFormInput.check(form, typed);
		if (!input.isValid()) {
			return new TaskOutcome(Kind.INVALID, taskList.nameOf(task), input, null, null);
		}

		return completeChecked(user, task, input);
	}

	private TaskOutcome completeChecked(CurrentUser user, Task task, TaskFormInput input) {

		Map<String, Object> variables = new HashMap<>(input.variables());
		variables.put(ACTOR_STAFF_ID, user.getStaffId());

		try {
			transaction.executeWithoutResult(status -> claimAndComplete(user, task, variables));
		}
		catch (TaskAlreadyClaimedException ex) {
			return heldBy(ex.getTaskAssignee(), task);
		}
		catch (RuntimeException ex) {
			return failed(task, ex);
		}

		LOG.info("Task {} ({}) of process instance {} completed by staff {}", task.getId(),
				task.getTaskDefinitionKey(), task.getProcessInstanceId(), user.getStaffId());
		return TaskOutcome.of(Kind.DONE, taskList.nameOf(task));
	}

	private void claimAndComplete(CurrentUser user, Task task, Map<String, Object> variables) {

		if (task.getAssignee() == null) {
			tasks.claim(task.getId(), user.getUsername());
		}

		identity.setAuthenticatedUserId(user.getUsername());
		try {
			tasks.complete(task.getId(), variables);
		}
		finally {
			identity.clearAuthentication();
		}
	}

	/** A refusal of the rules, or a task that went away under our feet; anything else is a real failure. */
	private TaskOutcome failed(Task task, RuntimeException ex) {

		TaskRefusal refusal = TaskRefusal.in(ex);
		if (refusal != null) {
			LOG.info("{}: completion of task {} ({}) refused: {}", businessKeyOf(task), task.getId(),
					task.getTaskDefinitionKey(), refusal.messageKey());
			return new TaskOutcome(Kind.REFUSED, taskList.nameOf(task), null, refusal, null);
		}
		if (ex instanceof OptimisticLockingException || ex instanceof NullValueException
				|| (ex instanceof ProcessEngineException && !exists(task.getId()))) {
			return TaskOutcome.of(Kind.GONE, taskList.nameOf(task));
		}

		throw ex;
	}

	private String businessKeyOf(Task task) {
		ProcessInstance instance = runtime.createProcessInstanceQuery()
			.processInstanceId(task.getProcessInstanceId())
			.singleResult();
		return instance == null ? task.getProcessInstanceId() : instance.getBusinessKey();
	}

	boolean exists(String taskId) {
		return tasks.createTaskQuery().taskId(taskId).count() > 0;
	}

	private TaskOutcome heldBy(String holder, Task task) {
		return new TaskOutcome(Kind.HELD_BY_OTHER, taskList.nameOf(task), null, null, holder);
	}

}
