package vn.edu.hocbaso.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.record.RecordApprovals;
import vn.edu.hocbaso.submission.RegistrySubmissions;

/**
 * The clerk submits one record that carries the school's issue signature and its sealed transaction goes to the
 * registry; the process then waits for the answer.
 */
@Component
class SubmitRecordDelegate implements JavaDelegate {

	private static final Logger LOG = LoggerFactory.getLogger(SubmitRecordDelegate.class);

	private final RecordApprovals approvals;

	private final RegistrySubmissions submissions;

	SubmitRecordDelegate(RecordApprovals approvals, RegistrySubmissions submissions) {
		this.approvals = approvals;
		this.submissions = submissions;
	}

	@Override
	public void execute(DelegateExecution execution) {

		long recordId = ProcessValues.id(execution, ProcessVariables.RECORD_ID);
		approvals.submit(recordId, ProcessValues.actor(execution));
		boolean sent = submissions.sendRecord(recordId, execution.getBusinessKey());

		LOG.info("{}: clerk submitted the record, {}", execution.getBusinessKey(),
				sent ? "sent to the registry" : "not sealed, not sent");
	}

}
