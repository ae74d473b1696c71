package vn.edu.hocbaso.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.record.RecordCorrections;
import vn.edu.hocbaso.submission.RegistrySubmissions;

/**
 * After the lock the school's request to revoke the record goes to the department's registry (sealed by the clerk
 * when she asked); the process then waits for the department's decision there. A refusal by the registry rolls
 * the request back with its reason.
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
		String registry = CorrectionSteps.sendSealed(execution, submissions);

		LOG.info("{}: revocation requested, registry: {}", execution.getBusinessKey(), registry);
	}

}
