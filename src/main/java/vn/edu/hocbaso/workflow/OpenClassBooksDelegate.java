package vn.edu.hocbaso.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_OpenClassBooks: opens the class record book of every class of the school this year.
 */
@Component
class OpenClassBooksDelegate implements JavaDelegate {

	private final SchoolYearSteps steps;

	OpenClassBooksDelegate(SchoolYearSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		steps.openClassBooks(execution);
	}

}
