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
 * The department approved the revocation: the record is revoked, a new draft opens for re-issue and the school is
 * told.
 */
@Component
class RevokeRecordDelegate implements JavaDelegate {

	static final String NOTICE = "correction.notice.revocationApproved";

	private static final Logger LOG = LoggerFactory.getLogger(RevokeRecordDelegate.class);

	private final RecordCorrections corrections;

	private final Notices notices;

	RevokeRecordDelegate(RecordCorrections corrections, Notices notices) {
		this.corrections = corrections;
		this.notices = notices;
	}

	@Override
	public void execute(DelegateExecution execution) {

		long recordId = CorrectionSteps.recordId(execution);
		long draftId = corrections.approveRevocation(recordId, ProcessValues.actor(execution),
				ProcessValues.text(execution, CorrectionVariables.DECISION_REASON));
		execution.setVariable(CorrectionVariables.REPLACEMENT_ID, draftId);

		notices.toSchool(CorrectionSteps.schoolId(execution), CorrectionSteps.SCHOOL_OFFICE, NOTICE,
				List.of(corrections.overview(recordId).pupilName()));
		LOG.info("{}: revoked, re-issue as record-{}", execution.getBusinessKey(), draftId);
	}

}
