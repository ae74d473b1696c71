package vn.edu.hocbaso.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.schoolyear.CloseOff;

/**
 * Task_ApplySupplementaryEscalationDecision: the same at the supplementary close-off.
 */
@Component
class ApplySupplementaryEscalationDecisionDelegate implements JavaDelegate {

	private final SchoolYearSteps steps;

	ApplySupplementaryEscalationDecisionDelegate(SchoolYearSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		steps.applyDecision(execution, CloseOff.SUPPLEMENTARY);
	}

}
