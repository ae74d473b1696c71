package vn.edu.hocbaso.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.schoolyear.CloseOff;

/**
 * Task_ApplyMainEscalationDecision: the department's decision on a class late at the main close-off.
 */
@Component
class ApplyMainEscalationDecisionDelegate implements JavaDelegate {

	private final SchoolYearSteps steps;

	ApplyMainEscalationDecisionDelegate(SchoolYearSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		steps.applyDecision(execution, CloseOff.MAIN);
	}

}
