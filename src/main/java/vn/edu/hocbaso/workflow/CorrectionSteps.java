package vn.edu.hocbaso.workflow;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import vn.edu.hocbaso.organisation.Role;
import vn.edu.hocbaso.record.ApprovalRefused;
import vn.edu.hocbaso.submission.CorrectionAnswer;
import vn.edu.hocbaso.submission.RegistrySubmissions;

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

	/**
	 * Sends the withdrawal or revocation request sealed when the clerk asked, if one was; answers what became of
	 * it, for the log. The registry's refusal is the school's refusal: {@link ApprovalRefused} with its reason rolls
	 * the step back. Not received: the scheduled sender sends it again.
	 */
	static String sendSealed(DelegateExecution execution, RegistrySubmissions submissions) {

		CorrectionAnswer answer = send(execution, submissions);
		if (answer == null) {
			return "nothing sealed, not sent";
		}
		if (answer.outcome() == CorrectionAnswer.Outcome.REFUSED) {
			throw new ApprovalRefused("submission.correctionRefused", answer.reason());
		}
		return answer.outcome().name();
	}

	/** Sends the request sealed when the clerk asked and answers what the registry said; null when none was. */
	static CorrectionAnswer send(DelegateExecution execution, RegistrySubmissions submissions) {

		Object submissionId = execution.getVariable(CorrectionVariables.SUBMISSION_ID);
		if (submissionId == null) {
			return null;
		}
		return submissions.sendCorrection(((Number) submissionId).longValue(), execution.getBusinessKey());
	}

}
