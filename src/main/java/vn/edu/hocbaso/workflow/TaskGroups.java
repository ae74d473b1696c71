package vn.edu.hocbaso.workflow;

/**
 * Candidate groups of user tasks. Our staff are not Camunda users: a task names the group of people who may
 * work on it, and the task list works out a signed-in person's groups from her roles. The BPMN files write the
 * same names as expressions, e.g. {@code camunda:candidateGroups="homeroom-${classId}"}.
 */
final class TaskGroups {

	/** The homeroom teacher of a class. */
	static final String HOMEROOM = "homeroom-";

	/** The school board: principal and vice principals. */
	static final String BOARD = "board-";

	/** The school clerk who holds the issue certificate and submits. */
	static final String CLERK = "clerk-";

	/** Officers and administrators of a department. */
	static final String DEPARTMENT = "department-";

	private TaskGroups() {
	}

}
