package vn.edu.hocbaso.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.record.RecordCorrections;
import vn.edu.hocbaso.submission.RegistrySubmissions;

/**
 * Before the lock the school withdraws the record, as the person who asked, and sends the withdrawal the clerk
 * sealed to the registry. A refusal by the registry rolls the withdrawal back with its reason.
 */
@Component
class WithdrawRecordDelegate implements JavaDelegate {

	private static final Logger LOG = LoggerFactory.getLogger(WithdrawRecordDelegate.class);

	private final RecordCorrections corrections;

	private final RegistrySubmissions submissions;

	WithdrawRecordDelegate(RecordCorrections corrections, RegistrySubmissions submissions) {
		this.corrections = corrections;
		this.submissions = submissions;
	}

	@Override
	public void execute(DelegateExecution execution) {

		corrections.withdraw(CorrectionSteps.recordId(execution), CorrectionSteps.requestedBy(execution),
				CorrectionSteps.reason(execution));
		String registry = CorrectionSteps.sendSealed(execution, submissions);

		LOG.info("{}: record withdrawn, registry: {}", execution.getBusinessKey(), registry);
	}

}
