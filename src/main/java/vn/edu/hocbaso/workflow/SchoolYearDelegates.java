package vn.edu.hocbaso.workflow;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.edu.hocbaso.schoolyear.CloseOff;

/**
 * The delegates of processes/schoolYearProcess.bpmn, one bean per service task ({@code Task_LockMainAccepted}
 * → {@code lockMainAcceptedDelegate}). The main and the supplementary close-off run the same steps.
 */
@Configuration(proxyBeanMethods = false)
class SchoolYearDelegates {

	@Bean
	JavaDelegate openClassBooksDelegate(SchoolYearSteps steps) {
		return steps::openClassBooks;
	}

	@Bean
	JavaDelegate remindBeforeMainCloseOffDelegate(SchoolYearSteps steps) {
		return execution -> steps.remind(execution, CloseOff.MAIN);
	}

	@Bean
	JavaDelegate lockMainAcceptedDelegate(SchoolYearSteps steps) {
		return execution -> steps.lock(execution, CloseOff.MAIN);
	}

	@Bean
	JavaDelegate applyMainEscalationDecisionDelegate(SchoolYearSteps steps) {
		return execution -> steps.applyDecision(execution, CloseOff.MAIN);
	}

	@Bean
	JavaDelegate remindBeforeSupplementaryCloseOffDelegate(SchoolYearSteps steps) {
		return execution -> steps.remind(execution, CloseOff.SUPPLEMENTARY);
	}

	@Bean
	JavaDelegate lockSupplementaryAcceptedDelegate(SchoolYearSteps steps) {
		return execution -> steps.lock(execution, CloseOff.SUPPLEMENTARY);
	}

	@Bean
	JavaDelegate applySupplementaryEscalationDecisionDelegate(SchoolYearSteps steps) {
		return execution -> steps.applyDecision(execution, CloseOff.SUPPLEMENTARY);
	}

}
