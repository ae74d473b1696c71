package vn.edu.hocbaso.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.record.RecordApprovals;

/** The clerk submits one record that carries the school's issue signature; the process then waits for the registry. */
@Component
class SubmitRecordDelegate implements JavaDelegate {

	private static final Logger LOG = LoggerFactory.getLogger(SubmitRecordDelegate.class);

	private final RecordApprovals approvals;

	SubmitRecordDelegate(RecordApprovals approvals) {
		this.approvals = approvals;
	}

	@Override
	public void execute(DelegateExecution execution) {
		approvals.submit(ProcessValues.id(execution, ProcessVariables.RECORD_ID), ProcessValues.actor(execution));
		LOG.info("{}: clerk submitted the record", execution.getBusinessKey());
	}

}
