package vn.edu.hocbaso.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.record.RecordCorrections;
import vn.edu.hocbaso.submission.CorrectionAnswer;
import vn.edu.hocbaso.submission.RegistrySubmissions;

/**
 * After the lock the school's request to revoke the record goes to the department's registry (sealed by the clerk
 * when she asked); the process then waits for the department's decision there. The registry's refusal is kept
 * (variables registryRefused, registryReason): the process ends with it and the school is told why. Not received:
 * the scheduled sender sends it again, and a refusal then ends the waiting process the same way.
 */
@Component
class RequestRevocationDelegate implements JavaDelegate {

	private static final Logger LOG = LoggerFactory.getLogger(RequestRevocationDelegate.class);

	private final RecordCorrections corrections;

	private final RegistrySubmissions submissions;

	RequestRevocationDelegate(RecordCorrections corrections, RegistrySubmissions submissions) {
		this.corrections = corrections;
		this.submissions = submissions;
	}

	@Override
	public void execute(DelegateExecution execution) {

		corrections.requestRevocation(CorrectionSteps.recordId(execution), CorrectionSteps.requestedBy(execution),
				CorrectionSteps.reason(execution));
		CorrectionAnswer answer = CorrectionSteps.send(execution, submissions);

		boolean refused = answer != null && answer.outcome() == CorrectionAnswer.Outcome.REFUSED;
		execution.setVariable(CorrectionVariables.REGISTRY_REFUSED, refused);
		execution.setVariable(CorrectionVariables.REGISTRY_REASON, refused ? answer.reason() : null);
		LOG.info("{}: revocation requested, registry: {}", execution.getBusinessKey(),
				answer == null ? "nothing sealed, not sent" : answer.outcome());
	}

}
