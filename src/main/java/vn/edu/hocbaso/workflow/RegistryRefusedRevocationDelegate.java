package vn.edu.hocbaso.workflow;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.notification.Notices;
import vn.edu.hocbaso.record.RecordCorrections;

/**
 * The registry refused the school's revocation request (on the first send or a resend): the department will never
 * decide it, so the request ends with the registry's reason, the school is told why and may ask again.
 */
@Component
class RegistryRefusedRevocationDelegate implements JavaDelegate {

	static final String NOTICE = "correction.notice.revocationRequestRefused";

	private static final Logger LOG = LoggerFactory.getLogger(RegistryRefusedRevocationDelegate.class);

	private final RecordCorrections corrections;

	private final Notices notices;

	RegistryRefusedRevocationDelegate(RecordCorrections corrections, Notices notices) {
		this.corrections = corrections;
		this.notices = notices;
	}

	@Override
	public void execute(DelegateExecution execution) {

		long recordId = CorrectionSteps.recordId(execution);
		Object reason = execution.getVariable(CorrectionVariables.REGISTRY_REASON);
		String why = reason == null || reason.toString().isBlank() ? "-" : reason.toString().strip();
		corrections.revocationRefusedByRegistry(recordId, why);

		notices.toSchool(CorrectionSteps.schoolId(execution), CorrectionSteps.SCHOOL_OFFICE, NOTICE,
				List.of(corrections.overview(recordId).pupilName(), why));
		LOG.info("{}: revocation request refused by the registry, the correction ends", execution.getBusinessKey());
	}

}
