package vn.edu.hocbaso.workflow;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Reads the Camunda Form a task references ({@code camunda:formRef}), as deployed with the processes.
 */
@Component
class TaskForms {

	private final FormService forms;

	TaskForms(FormService forms) {
		this.forms = forms;
	}

	/** The task's form; the task must be read with its form keys initialised. */
	TaskForm of(Task task) {
		if (task.getCamundaFormRef() == null && task.getFormKey() == null) {
			return TaskForm.empty();
		}
		return TaskForm.parse(forms.getDeployedTaskForm(task.getId()));
	}

}
