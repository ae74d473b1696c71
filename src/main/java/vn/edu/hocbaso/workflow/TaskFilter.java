package vn.edu.hocbaso.workflow;

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

	public enum Due {

		ALL, OVERDUE, WEEK

	}

}
