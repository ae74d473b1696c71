package vn.edu.hocbaso.workflow;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.record.ApprovalRefused;
import vn.edu.hocbaso.record.ClassNotReady;

/**
 * Test only: the service steps after the probe tasks of {@code taskListProbeProcess} and
 * {@code classApprovalProbeProcess}, refusing as the records module does when the form asks for it: an approval
 * refused with a message key, or a class not ready with the failing records.
 */
@Component("taskListProbeChecks")
public class TaskListProbeChecks {

	public void check(DelegateExecution execution) {

		Object choice = execution.getVariable("probeChoice");
		if ("REFUSE".equals(choice)) {
			throw new ApprovalRefused("tasks.form.required", "Lý do");
		}
		if ("NOT_READY".equals(choice)) {
			Object failing = execution.getVariable("probeFailingRecord");
			Object pupil = execution.getVariable("probeFailingPupil");
			throw new ClassNotReady(((Number) execution.getVariable("classId")).longValue(),
					failing == null ? List.of() : List.of(((Number) failing).longValue()),
					pupil == null ? List.of() : List.of(((Number) pupil).longValue()));
		}
	}

	/** The principal's decision of classApprovalProbeProcess: a return needs a reason. */
	public void decide(DelegateExecution execution) {
		Object reason = execution.getVariable("returnReason");
		boolean returned = "RETURN".equals(execution.getVariable("principalDecision"));
		if (returned && (reason == null || reason.toString().isBlank())) {
			throw new ApprovalRefused("tasks.form.required", "Lý do trả lại");
		}
	}

}
