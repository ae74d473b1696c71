package vn.edu.hocbaso.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.schoolyear.CloseOff;

/**
 * Task_LockMainAccepted: locks what was accepted at the main close-off, lists the classes for the department.
 */
@Component
class LockMainAcceptedDelegate implements JavaDelegate {

	private final SchoolYearSteps steps;

	LockMainAcceptedDelegate(SchoolYearSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		steps.lock(execution, CloseOff.MAIN);
	}

}
