package vn.edu.hocbaso.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.record.RecordApprovals;

/** The principal's decision on the promotion of a pupil who still did not complete the grade after the summer. */
@Component
class RecordPromotionDecisionDelegate implements JavaDelegate {

	private static final Logger LOG = LoggerFactory.getLogger(RecordPromotionDecisionDelegate.class);

	private final RecordApprovals approvals;

	RecordPromotionDecisionDelegate(RecordApprovals approvals) {
		this.approvals = approvals;
	}

	@Override
	public void execute(DelegateExecution execution) {

		boolean promoted = ProcessValues.yes(execution, ProcessValues.PROMOTED);
		String reason = ProcessValues.text(execution, ProcessValues.PROMOTION_REASON);
		approvals.decidePromotion(ProcessValues.id(execution, ProcessVariables.RECORD_ID),
				ProcessValues.actor(execution), promoted, reason);

		LOG.info("{}: promotion decided, promoted: {}", execution.getBusinessKey(), promoted);
	}

}
