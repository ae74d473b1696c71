package vn.edu.hocbaso.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.record.RecordCorrections;

/** After the lock the school's request to revoke the record goes to the department. */
@Component
class RequestRevocationDelegate implements JavaDelegate {

	private static final Logger LOG = LoggerFactory.getLogger(RequestRevocationDelegate.class);

	private final RecordCorrections corrections;

	RequestRevocationDelegate(RecordCorrections corrections) {
		this.corrections = corrections;
	}

	@Override
	public void execute(DelegateExecution execution) {
		corrections.requestRevocation(CorrectionSteps.recordId(execution), CorrectionSteps.requestedBy(execution),
				CorrectionSteps.reason(execution));
		LOG.info("{}: revocation requested", execution.getBusinessKey());
	}

}
