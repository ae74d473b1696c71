package vn.edu.hocbaso.gradebook;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.edu.hocbaso.organisation.Role;
import vn.edu.hocbaso.organisation.SchoolClass;
import vn.edu.hocbaso.organisation.SchoolClassRepository;
import vn.edu.hocbaso.organisation.StaffRepository;
import vn.edu.hocbaso.organisation.StaffRole;
import vn.edu.hocbaso.record.Subject;
import vn.edu.hocbaso.security.CurrentUser;

/**
 * Who may take a class's sheet out and bring it back, with the same rights as in the class grid. Export:
 * everyone who may see the class. Import: the homeroom teacher of the class, whom Circular 27/2020 makes
 * responsible for the record, with every column; a subject teacher of the class with her subject's columns only.
 * The school board, the clerk and the department may download but not import.
 */
@Component
@Transactional(readOnly = true)
class ClassSheetAccess {

	private final SchoolClassRepository classes;

	private final StaffRepository staff;

	ClassSheetAccess(SchoolClassRepository classes, StaffRepository staff) {
		this.classes = classes;
		this.staff = staff;
	}

	SchoolClass forExport(long classId, CurrentUser user) {

		SchoolClass schoolClass = classes.findWithSchoolById(classId).orElseThrow(() -> new SheetForbidden(classId));
		if (!user.getScope().canSee(schoolClass)) {
			throw new SheetForbidden(classId);
		}

		return schoolClass;
	}

	SheetRights forImport(long classId, CurrentUser user) {

		SchoolClass schoolClass = forExport(classId, user);
		Set<Subject> subjects = EnumSet.noneOf(Subject.class);
		boolean all = false;
		for (StaffRole role : staff.findWithRolesById(user.getStaffId()).orElseThrow().getRoles()) {
			all |= isOf(role, Role.HOMEROOM_TEACHER, schoolClass);
			if (isOf(role, Role.SUBJECT_TEACHER, schoolClass) && role.getSubjectCode() != null) {
				Subject.ofCode(role.getSubjectCode()).ifPresent(subjects::add);
			}
		}
		if (!all && subjects.isEmpty()) {
			throw new SheetForbidden(classId);
		}

		return new SheetRights(schoolClass, all, subjects);
	}

	private static boolean isOf(StaffRole role, Role kind, SchoolClass schoolClass) {
		return role.getRole() == kind && role.getSchoolClass() != null
				&& Objects.equals(role.getSchoolClass().getId(), schoolClass.getId());
	}

}
