package vn.edu.hocbaso.workflow;

import java.util.List;

import vn.edu.hocbaso.record.ApprovalRefused;
import vn.edu.hocbaso.record.ClassNotReady;
import vn.edu.hocbaso.schoolyear.DeadlineRefused;

/**
 * Why the rules refused to complete a task, found in the cause chain of what the engine threw: a refusal of the
 * module service a delegate called (record.ApprovalRefused, record.ClassNotReady, schoolyear.DeadlineRefused).
 * Nothing was changed, since the refusal rolled the completion back.
 *
 * @param messageKey the message that says why, in the reader's language
 * @param failing the records that fail the checks, when a class is not ready; empty otherwise
 * @param failingPupils their pupils, when the refusal names them; empty otherwise
 */
public record TaskRefusal(String messageKey, Object[] arguments, List<Long> failing, List<Long> failingPupils) {

	/** The refusal in the cause chain, or null when the failure is not a refusal of the rules. */
	static TaskRefusal in(Throwable failure) {

		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			TaskRefusal refusal = of(cause);
			if (refusal != null) {
				return refusal;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}

		return null;
	}

	private static TaskRefusal of(Throwable cause) {
		if (cause instanceof ClassNotReady notReady) {
			return new TaskRefusal("tasks.refused.classNotReady", new Object[] { notReady.getFailing().size() },
					notReady.getFailing(), notReady.getFailingPupils());
		}
		if (cause instanceof ApprovalRefused refused) {
			return new TaskRefusal(refused.getMessageKey(), refused.getArguments(), List.of(), List.of());
		}
		if (cause instanceof DeadlineRefused refused) {
			return new TaskRefusal(refused.getMessageKey(), refused.getArguments(), List.of(), List.of());
		}
		return null;
	}

}
