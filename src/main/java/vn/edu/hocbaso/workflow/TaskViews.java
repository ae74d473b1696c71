package vn.edu.hocbaso.workflow;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * What the task pages show, read before the template runs.
 */
public final class TaskViews {

	/** Due dates are kept in UTC and shown in Vietnam's time. */
	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private TaskViews() {
	}

	/** The class, school and pupil a task is about, by name; any of them may be missing. */
	public record TaskSubject(Long classId, String className, Long schoolId, String schoolName, Long recordId,
			String pupilName) {

		static final TaskSubject NONE = new TaskSubject(null, null, null, null, null, null);

	}

	/**
	 * One task in a list.
	 *
	 * @param assignee the username of the person who holds it, or null while it waits for its group
	 * @param mine whether the signed-in person holds it
	 */
	public record TaskRow(String id, String name, String definitionKey, TaskSubject subject, Instant due,
			boolean overdue, String assignee, boolean mine) {

		/** The due date and time in Vietnam, for the page. */
		public LocalDateTime dueLocal() {
			return due == null ? null : LocalDateTime.ofInstant(due, VIETNAM);
		}

		public boolean unassigned() {
			return assignee == null;
		}

		/**
		 * The signing page (ký số) that does the work of an approval task: the signatures complete the task, so the
		 * page shows it as the main action. Null for every other task.
		 */
		public String signingPage() {
			return switch (definitionKey) {
				case "Task_ApproveClassAsTeacher", "Task_ApproveClassAsPrincipal", "Task_IssueAndSubmitClass" ->
					subject.classId() == null ? null : "/signing/classes/" + subject.classId();
				case "Task_ApproveRecordAsTeacher", "Task_ApproveRecordAsPrincipal", "Task_IssueAndSubmitRecord" ->
					subject.recordId() == null ? null : "/signing/records/" + subject.recordId();
				default -> null;
			};
		}

	}

	public record TaskCounts(long mine, long groups, long overdue) {
	}

	/** A choice of the task list's filters: a class, or a kind of task. */
	public record FilterOption(String value, String label) {
	}

	/** One page of the task list with its filters. */
	public record TaskPage(List<TaskRow> rows, int page, int totalPages, long total, TaskFilter filter,
			List<FilterOption> classes, List<FilterOption> types) {

		public boolean hasPrevious() {
			return page > 0;
		}

		public boolean hasNext() {
			return page < totalPages - 1;
		}

	}

	/**
	 * One task opened: its row, why it came back (a return's reason, the registry's rejection), the page where
	 * the work is done, and its form.
	 *
	 * @param richPage the application page for the task's work, or null
	 * @param mayWork whether the signed-in person may complete it (hers, or her group's and free)
	 */
	public record TaskDetail(TaskRow task, String returnReason, String rejectionReasons, String richPage,
			TaskForm form, boolean mayWork) {
	}

}
