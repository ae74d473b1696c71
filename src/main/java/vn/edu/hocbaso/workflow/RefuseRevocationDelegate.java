package vn.edu.hocbaso.workflow;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.notification.Notices;
import vn.edu.hocbaso.record.RecordCorrections;

/** The department refused the revocation with a reason (a blank one rolls the review back); the school is told why. */
@Component
class RefuseRevocationDelegate implements JavaDelegate {

	static final String NOTICE = "correction.notice.revocationRefused";

	private static final Logger LOG = LoggerFactory.getLogger(RefuseRevocationDelegate.class);

	private final RecordCorrections corrections;

	private final Notices notices;

	RefuseRevocationDelegate(RecordCorrections corrections, Notices notices) {
		this.corrections = corrections;
		this.notices = notices;
	}

	@Override
	public void execute(DelegateExecution execution) {

		long recordId = CorrectionSteps.recordId(execution);
		String reason = ProcessValues.text(execution, CorrectionVariables.DECISION_REASON);
		corrections.refuseRevocation(recordId, ProcessValues.actor(execution), reason);

		notices.toSchool(CorrectionSteps.schoolId(execution), CorrectionSteps.SCHOOL_OFFICE, NOTICE,
				List.of(corrections.overview(recordId).pupilName(), reason.strip()));
		LOG.info("{}: revocation refused", execution.getBusinessKey());
	}

}
