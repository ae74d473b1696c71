package vn.edu.hocbaso.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.schoolyear.CloseOff;

/**
 * Task_RemindBeforeMainCloseOff: the reminder before the main close-off.
 */
@Component
class RemindBeforeMainCloseOffDelegate implements JavaDelegate {

	private final SchoolYearSteps steps;

	RemindBeforeMainCloseOffDelegate(SchoolYearSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		steps.remind(execution, CloseOff.MAIN);
	}

}
