package vn.edu.hocbaso.workflow;

import java.lang.reflect.Method;
import java.util.List;

import vn.edu.hocbaso.record.ClassNotReady;

/**
 * Why the rules refused to complete a task, found in the cause chain of what the engine threw: a domain
 * refusal of a delegate's module service (record.ApprovalRefused, record.ClassNotReady,
 * schoolyear.DeadlineRefused). Nothing was changed, since the refusal rolled the completion back.
 *
 * @param messageKey the message that says why, in the reader's language
 * @param failing the records that fail the checks, when a class is not ready; empty otherwise
 */
public record TaskRefusal(String messageKey, Object[] arguments, List<Long> failing) {

	private static final String DOMAIN = "vn.edu.hocbaso.";

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
					notReady.getFailing());
		}
		if (!cause.getClass().getName().startsWith(DOMAIN)) {
			return null;
		}

		return messageOf(cause);
	}

	/**
	 * The modules' refusals share a shape, not a type (each module owns its own): {@code getMessageKey()} and
	 * {@code getArguments()}. Reading them by that shape keeps the task list free of a type per module.
	 */
	private static TaskRefusal messageOf(Throwable cause) {
		try {
			Method key = cause.getClass().getMethod("getMessageKey");
			Method arguments = cause.getClass().getMethod("getArguments");
			Object value = arguments.invoke(cause);
			Object[] array = value instanceof Object[] objects ? objects
					: value instanceof List<?> list ? list.toArray() : new Object[0];
			return new TaskRefusal((String) key.invoke(cause), array, List.of());
		}
		catch (ReflectiveOperationException | ClassCastException ex) {
			return null;
		}
	}

}
