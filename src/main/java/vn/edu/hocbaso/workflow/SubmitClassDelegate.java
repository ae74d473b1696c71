package vn.edu.hocbaso.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.record.RecordApprovals;

/**
 * The clerk submits the records that carry the school's issue signature (made beforehand); the book then waits for
 * the registry. Sending the signed XML to the registry is issue 6.
 */
@Component
class SubmitClassDelegate implements JavaDelegate {

	private static final Logger LOG = LoggerFactory.getLogger(SubmitClassDelegate.class);

	private final RecordApprovals approvals;

	SubmitClassDelegate(RecordApprovals approvals) {
		this.approvals = approvals;
	}

	@Override
	public void execute(DelegateExecution execution) {

		int submitted = approvals.submitClass(ProcessValues.id(execution, ProcessVariables.CLASS_ID),
				ProcessValues.actor(execution));

		LOG.info("{}: clerk submitted {} records", execution.getBusinessKey(), submitted);
	}

}
