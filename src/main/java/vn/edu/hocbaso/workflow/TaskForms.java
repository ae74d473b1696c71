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

	private final TaskTexts texts;

	TaskForms(FormService forms, TaskTexts texts) {
		this.forms = forms;
		this.texts = texts;
	}

	/** The task's form in the reader's language; the task must be read with its form keys initialised. */
	TaskForm of(Task task) {
		if (task.getCamundaFormRef() == null && task.getFormKey() == null) {
			return TaskForm.empty();
		}
		return texts.form(TaskForm.parse(forms.getDeployedTaskForm(task.getId())));
	}

}
