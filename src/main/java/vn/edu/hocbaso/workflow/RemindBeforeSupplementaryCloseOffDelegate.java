package vn.edu.hocbaso.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.schoolyear.CloseOff;

/**
 * Task_RemindBeforeSupplementaryCloseOff: the reminder before the supplementary close-off.
 */
@Component
class RemindBeforeSupplementaryCloseOffDelegate implements JavaDelegate {

	private final SchoolYearSteps steps;

	RemindBeforeSupplementaryCloseOffDelegate(SchoolYearSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		steps.remind(execution, CloseOff.SUPPLEMENTARY);
	}

}
