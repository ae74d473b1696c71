package vn.edu.hocbaso.gradebook;

import java.util.Set;

import vn.edu.hocbaso.organisation.SchoolClass;
import vn.edu.hocbaso.record.Subject;

/**
 * Which columns of a class sheet the user may change by import: all of them (the homeroom teacher), or the
 * columns of her subjects (a subject teacher, giáo viên bộ môn).
 *
 * @param schoolClass the class, with its school
 * @param allColumns whether every column may change
 * @param subjects the subjects whose columns may change when not all may
 */
record SheetRights(SchoolClass schoolClass, boolean allColumns, Set<Subject> subjects) {

	boolean mayChange(SheetColumn column) {
		return allColumns || column.subject() != null && subjects.contains(column.subject());
	}

}
