package vn.edu.hocbaso.gradebook;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.edu.hocbaso.organisation.Role;
import vn.edu.hocbaso.organisation.SchoolClass;
import vn.edu.hocbaso.organisation.SchoolClassRepository;
import vn.edu.hocbaso.organisation.Staff;
import vn.edu.hocbaso.organisation.StaffRepository;
import vn.edu.hocbaso.organisation.StaffRole;
import vn.edu.hocbaso.record.Subject;
import vn.edu.hocbaso.schoolyear.SchoolYearRepository;
import vn.edu.hocbaso.security.CurrentUser;

/**
 * Finds the class of a grid and what the user may do in it, from her roles as they are now.
 */
@Component
@Transactional(readOnly = true)
class GradebookClasses {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final SchoolClassRepository classes;

	private final StaffRepository staff;

	private final SchoolYearRepository years;

	GradebookClasses(SchoolClassRepository classes, StaffRepository staff, SchoolYearRepository years) {
		this.classes = classes;
		this.staff = staff;
		this.years = years;
	}

	/**
	 * The class, if the user may see it and it belongs to the current school year.
	 *
	 * @throws GradebookOutOfScope for a class the user may not see, whether or not it exists
	 */
	GradebookClass of(long classId, CurrentUser user) {

		SchoolClass schoolClass = classes.findWithSchoolById(classId)
			.filter(c -> user.getScope().canSee(c))
			.orElseThrow(() -> new GradebookOutOfScope(classId));
		if (!isCurrent(schoolClass)) {
			throw new GradebookOutOfScope(classId);
		}

		return new GradebookClass(classId, schoolClass.getName(), schoolClass.getSchool().getName(),
				schoolClass.getSchoolYear().getName(), schoolClass.getGrade(), accessOf(user, classId));
	}

	private boolean isCurrent(SchoolClass schoolClass) {
		return years.findCurrent(LocalDate.now(VIETNAM))
			.map(year -> year.getId().equals(schoolClass.getSchoolYear().getId()))
			.orElse(false);
	}

	private GradebookAccess accessOf(CurrentUser user, long classId) {

		Set<StaffRole> roles = staff.findWithRolesById(user.getStaffId()).map(Staff::getRoles).orElse(List.of())
			.stream()
			.filter(role -> role.getSchoolClass() != null && role.getSchoolClass().getId() == classId)
			.collect(Collectors.toSet());

		boolean homeroom = roles.stream().anyMatch(role -> role.getRole() == Role.HOMEROOM_TEACHER);
		Set<Subject> subjects = roles.stream()
			.filter(role -> role.getRole() == Role.SUBJECT_TEACHER)
			.map(StaffRole::getSubjectCode)
			.filter(Objects::nonNull)
			.flatMap(code -> Subject.ofCode(code).stream())
			.collect(Collectors.toSet());

		return new GradebookAccess(homeroom, subjects);
	}

}
