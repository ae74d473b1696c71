package vn.edu.hocbaso.gradebook;

import java.util.Set;

import vn.edu.hocbaso.record.Subject;

/**
 * What the user may change in one class's grid. Circular 27/2020 makes the homeroom teacher responsible for
 * the record, so she edits every column; a subject teacher edits only her subjects' columns; the school board
 * and the department read the grid without editing it.
 *
 * @param homeroom whether the user is the class's homeroom teacher (giáo viên chủ nhiệm)
 * @param subjects the subjects the user teaches in the class (giáo viên bộ môn)
 */
record GradebookAccess(boolean homeroom, Set<Subject> subjects) {

	GradebookAccess {
		subjects = Set.copyOf(subjects);
	}

	boolean canEdit(GradebookColumn column) {
		return homeroom || column.subject() != null && subjects.contains(column.subject());
	}

	boolean canEditAny() {
		return homeroom || !subjects.isEmpty();
	}

}
