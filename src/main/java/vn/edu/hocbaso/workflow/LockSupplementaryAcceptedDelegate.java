package vn.edu.hocbaso.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.schoolyear.CloseOff;

/**
 * Task_LockSupplementaryAccepted: the same at the supplementary close-off.
 */
@Component
class LockSupplementaryAcceptedDelegate implements JavaDelegate {

	private final SchoolYearSteps steps;

	LockSupplementaryAcceptedDelegate(SchoolYearSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		steps.lock(execution, CloseOff.SUPPLEMENTARY);
	}

}
