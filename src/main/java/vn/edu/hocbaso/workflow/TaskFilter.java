package vn.edu.hocbaso.workflow;

import java.util.Arrays;

/**
 * The task list's filters: a class, a kind of task (the BPMN task id), and how due (overdue, due within a week,
 * or all). Blank values do not filter.
 */
public record TaskFilter(Long classId, String type, Due due) {

	public static final TaskFilter ALL = new TaskFilter(null, null, Due.ALL);

	public TaskFilter {
		type = type == null || type.isBlank() ? null : type;
		due = due == null ? Due.ALL : due;
	}

	/**
	 * The filters as typed in the address: a value that is not a class id or a kind of due date (an edited or
	 * stale link) does not filter, rather than answer with an error page.
	 */
	public static TaskFilter lenient(String classId, String type, String due) {
		return new TaskFilter(number(classId), type, dueOf(due));
	}

	/** The number, or null when the text is not one. */
	static Long number(String text) {
		try {
			return text == null ? null : Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static Due dueOf(String text) {
		return Arrays.stream(Due.values()).filter(due -> due.name().equalsIgnoreCase(String.valueOf(text)))
			.findFirst()
			.orElse(Due.ALL);
	}

	public enum Due {

		ALL, OVERDUE, WEEK

	}

}
