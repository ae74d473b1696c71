package vn.edu.hocbaso.workflow;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.record.RecordApprovals;

/** Holds the records of pupils who did not complete the grade for supplementary evaluation and names them. */
@Component
class HoldForSupplementaryDelegate implements JavaDelegate {

	private static final Logger LOG = LoggerFactory.getLogger(HoldForSupplementaryDelegate.class);

	private final RecordApprovals approvals;

	HoldForSupplementaryDelegate(RecordApprovals approvals) {
		this.approvals = approvals;
	}

	@Override
	public void execute(DelegateExecution execution) {

		List<Long> held = approvals.holdForSupplementary(ProcessValues.id(execution, ProcessVariables.CLASS_ID),
				ProcessValues.actor(execution));
		execution.setVariable(ProcessValues.SUPPLEMENTARY_RECORD_IDS, ProcessValues.joinIds(held));

		if (!held.isEmpty()) {
			LOG.info("{} holds {} records for supplementary evaluation", execution.getBusinessKey(), held.size());
		}
	}

}
