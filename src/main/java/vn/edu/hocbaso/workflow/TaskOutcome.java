package vn.edu.hocbaso.workflow;

/**
 * What came of an attempt to claim, give back or complete a task.
 *
 * @param input the typed form, when it has problems (to show it again as it was sent)
 * @param refusal why the rules refused the completion
 * @param holder the username of the person who holds the task, when that stopped the attempt
 */
public record TaskOutcome(Kind kind, String taskName, TaskFormInput input, TaskRefusal refusal, String holder) {

	public enum Kind {

		/** Done. */
		DONE,

		/** The task no longer exists: completed already (a second click, a second tab) or gone with its process. */
		GONE,

		/** Not the person's task, nor her groups'. */
		NOT_YOURS,

		/** Someone else holds it. */
		HELD_BY_OTHER,

		/** The form has problems; nothing was sent to the engine. */
		INVALID,

		/** A delegate's module refused; the completion was rolled back. */
		REFUSED

	}

	static TaskOutcome of(Kind kind, String taskName) {
		return new TaskOutcome(kind, taskName, null, null, null);
	}

	public boolean isDone() {
		return kind == Kind.DONE;
	}

}
