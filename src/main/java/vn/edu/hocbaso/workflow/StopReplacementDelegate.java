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
 * The registry refused the replacement because the record it replaces was locked at close-off (error
 * REPLACED_LOCKED from the replacement's approval): no new round can fix that. The replacement is set aside, the
 * request ends, and the school is told that a revocation request is now the way; the correction page offers it.
 */
@Component
class StopReplacementDelegate implements JavaDelegate {

	static final String NOTICE = "correction.notice.replacementStopped";

	/** Kept as the ended request's reason: the registry's code, which the correction page explains. */
	static final String REASON = "REPLACED_LOCKED";

	private static final Logger LOG = LoggerFactory.getLogger(StopReplacementDelegate.class);

	private final RecordCorrections corrections;

	private final Notices notices;

	StopReplacementDelegate(RecordCorrections corrections, Notices notices) {
		this.corrections = corrections;
		this.notices = notices;
	}

	@Override
	public void execute(DelegateExecution execution) {

		long replacementId = ProcessValues.id(execution, CorrectionVariables.REPLACEMENT_ID);
		long recordId = corrections.stopReplacement(replacementId, REASON);

		notices.toSchool(CorrectionSteps.schoolId(execution), CorrectionSteps.SCHOOL_OFFICE, NOTICE,
				List.of(corrections.overview(recordId).pupilName()));
		LOG.info("{}: replacement record-{} stopped, the record is locked", execution.getBusinessKey(),
				replacementId);
	}

}
