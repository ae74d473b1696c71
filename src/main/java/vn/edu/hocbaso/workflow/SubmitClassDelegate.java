package vn.edu.hocbaso.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.record.RecordApprovals;
import vn.edu.hocbaso.submission.RegistrySubmissions;

/**
 * The clerk submits the records that carry the school's issue signature (made beforehand) and the transaction
 * sealed when she signed them goes to the registry; the book then waits for the answer, which is correlated once
 * this step has committed. A class issued with an external key has no sealed transaction: it waits, not sent.
 */
@Component
class SubmitClassDelegate implements JavaDelegate {

	private static final Logger LOG = LoggerFactory.getLogger(SubmitClassDelegate.class);

	private final RecordApprovals approvals;

	private final RegistrySubmissions submissions;

	SubmitClassDelegate(RecordApprovals approvals, RegistrySubmissions submissions) {
		this.approvals = approvals;
		this.submissions = submissions;
	}

	@Override
	public void execute(DelegateExecution execution) {

		long classId = ProcessValues.id(execution, ProcessVariables.CLASS_ID);
		int submitted = approvals.submitClass(classId, ProcessValues.actor(execution));
		boolean sent = submissions.sendClass(classId, execution.getBusinessKey());

		LOG.info("{}: clerk submitted {} records, {}", execution.getBusinessKey(), submitted,
				sent ? "sent to the registry" : "not sealed, not sent");
	}

}
