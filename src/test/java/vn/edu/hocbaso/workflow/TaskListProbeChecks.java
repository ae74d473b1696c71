package vn.edu.hocbaso.workflow;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.record.ClassNotReady;

/**
 * Test only: the service step after the probe task of {@code taskListProbeProcess}, refusing as the modules'
 * services do when the form asks for it: a refusal with a message key (the shape of record.ApprovalRefused and
 * schoolyear.DeadlineRefused), or a class not ready with the failing records.
 */
@Component("taskListProbeChecks")
public class TaskListProbeChecks {

	public void check(DelegateExecution execution) {

		Object choice = execution.getVariable("probeChoice");
		if ("REFUSE".equals(choice)) {
			throw new ProbeRefused("tasks.form.required", "Lý do");
		}
		if ("NOT_READY".equals(choice)) {
			Object failing = execution.getVariable("probeFailingRecord");
			throw new ClassNotReady(((Number) execution.getVariable("classId")).longValue(),
					failing == null ? List.of() : List.of(((Number) failing).longValue()));
		}
	}

	/** The principal's decision of classApprovalProbeProcess: a return needs a reason. */
	public void decide(DelegateExecution execution) {
		Object reason = execution.getVariable("returnReason");
		boolean returned = "RETURN".equals(execution.getVariable("principalDecision"));
		if (returned && (reason == null || reason.toString().isBlank())) {
			throw new ProbeRefused("tasks.form.required", "Lý do trả lại");
		}
	}

	/** The shape every module's refusal has: a message key and its arguments. */
	static final class ProbeRefused extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final String messageKey;

		private final Object[] arguments;

		ProbeRefused(String messageKey, Object... arguments) {
			super(messageKey);
			this.messageKey = messageKey;
			this.arguments = arguments;
		}

		public String getMessageKey() {
			return messageKey;
		}

		public Object[] getArguments() {
			return arguments;
		}

	}

}
