package vn.edu.hocbaso.workflow;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import vn.edu.hocbaso.organisation.Role;

/** What the correction delegates read from their instance: the record, the school, who asked and why. */
final class CorrectionSteps {

	/** Who at the school hears of the department's decision on a revocation. */
	static final List<Role> SCHOOL_OFFICE = List.of(Role.SCHOOL_CLERK, Role.PRINCIPAL, Role.VICE_PRINCIPAL);

	private CorrectionSteps() {
	}

	static long recordId(DelegateExecution execution) {
		return ProcessValues.id(execution, ProcessVariables.RECORD_ID);
	}

	static long schoolId(DelegateExecution execution) {
		return ProcessValues.id(execution, ProcessVariables.SCHOOL_ID);
	}

	static long requestedBy(DelegateExecution execution) {
		return ProcessValues.id(execution, CorrectionVariables.REQUESTED_BY);
	}

	static String reason(DelegateExecution execution) {
		return ProcessValues.text(execution, CorrectionVariables.REASON);
	}

}
