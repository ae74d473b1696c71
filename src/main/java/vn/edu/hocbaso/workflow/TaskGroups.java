package vn.edu.hocbaso.workflow;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.edu.hocbaso.organisation.School;
import vn.edu.hocbaso.organisation.Staff;
import vn.edu.hocbaso.organisation.StaffRole;

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

	/**
	 * The groups of a member of staff, from her roles and where each applies: {@code homeroom-{classId}} for
	 * each class she is homeroom teacher of, {@code board-{schoolId}} for a principal or vice principal,
	 * {@code clerk-{schoolId}} for a clerk, {@code department-{departmentId}} for officers and administrators.
	 * Subject teachers have no group: no task is theirs. The roles must be loaded.
	 */
	static List<String> of(Staff staff) {

		Set<String> groups = new LinkedHashSet<>();
		for (StaffRole role : staff.getRoles()) {
			String group = groupOf(staff, role);
			if (group != null) {
				groups.add(group);
			}
		}

		return List.copyOf(groups);
	}

	private static String groupOf(Staff staff, StaffRole role) {
		return switch (role.getRole()) {
			case HOMEROOM_TEACHER -> role.getSchoolClass() == null ? null : HOMEROOM + role.getSchoolClass().getId();
			case PRINCIPAL, VICE_PRINCIPAL -> schoolGroup(BOARD, staff, role);
			case SCHOOL_CLERK -> schoolGroup(CLERK, staff, role);
			case DEPARTMENT_OFFICER, ADMINISTRATOR -> DEPARTMENT + staff.getDepartment().getId();
			case SUBJECT_TEACHER -> null;
		};
	}

	/** A school-wide role names its school; the person's own school stands in when the role does not. */
	private static String schoolGroup(String prefix, Staff staff, StaffRole role) {
		School school = role.getSchool() != null ? role.getSchool() : staff.getSchool();
		return school == null ? null : prefix + school.getId();
	}

	static String homeroom(long classId) {
		return HOMEROOM + classId;
	}

	static String board(long schoolId) {
		return BOARD + schoolId;
	}

}
