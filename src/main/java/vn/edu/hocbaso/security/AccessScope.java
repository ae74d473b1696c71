package vn.edu.hocbaso.security;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import vn.edu.hocbaso.organisation.School;
import vn.edu.hocbaso.organisation.SchoolClass;
import vn.edu.hocbaso.organisation.Staff;
import vn.edu.hocbaso.organisation.StaffRole;

/**
 * What a member of staff may see, from her roles: a homeroom or subject teacher sees her classes and their
 * pupils, a principal, vice-principal or school clerk sees the whole school, a department officer or an
 * administrator sees every school of the department. A person with several roles sees the union.
 * <p>
 * Every query of the organisation takes the reach through {@link #departmentReach()}, {@link #schoolReach()}
 * and {@link #classReach()}; pages of single schools, classes and pupils check it with the {@code canSee}
 * methods.
 */
public final class AccessScope implements Serializable {

	private static final long serialVersionUID = 1L;

	/** Stands for "nothing" in a reach, so that queries never meet an empty IN list. */
	private static final Long NONE = -1L;

	private final Long departmentId;

	private final boolean departmentWide;

	private final Set<Long> schoolIds = new HashSet<>();

	private final Set<Long> classIds = new HashSet<>();

	private final Set<Long> schoolsOfClasses = new HashSet<>();

	private final Map<Long, Set<String>> subjectsByClass = new HashMap<>();

	private AccessScope(Long departmentId, boolean departmentWide) {
		this.departmentId = departmentId;
		this.departmentWide = departmentWide;
	}

	/** The scope of a member of staff; her roles must be loaded. */
	public static AccessScope of(Staff staff) {

		boolean departmentWide = staff.getRoles().stream().anyMatch(role -> role.getRole().departmentWide());
		AccessScope scope = new AccessScope(staff.getDepartment().getId(), departmentWide);

		staff.getRoles().forEach(scope::add);

		return scope;
	}

	private void add(StaffRole role) {
		if (role.getRole().schoolWide() && role.getSchool() != null) {
			schoolIds.add(role.getSchool().getId());
		}
		if (role.getSchoolClass() != null && !role.getRole().schoolWide()) {
			classIds.add(role.getSchoolClass().getId());
			schoolsOfClasses.add(role.getSchoolClass().getSchool().getId());
		}
		if (role.getSchoolClass() != null && role.getSubjectCode() != null) {
			subjectsByClass.computeIfAbsent(role.getSchoolClass().getId(), id -> new TreeSet<>())
				.add(role.getSubjectCode());
		}
	}

	public boolean isDepartmentWide() {
		return departmentWide;
	}

	public Long departmentId() {
		return departmentId;
	}

	/** The schools seen as a whole (not through single classes). */
	public Set<Long> schoolIds() {
		return Set.copyOf(schoolIds);
	}

	/** The classes seen one by one (a teacher's classes). */
	public Set<Long> classIds() {
		return Set.copyOf(classIds);
	}

	/** The subject codes the user teaches in a class, in code order; empty for her homeroom class. */
	public List<String> subjectsIn(Long classId) {
		return List.copyOf(subjectsByClass.getOrDefault(classId, Set.of()));
	}

	/** The schools whose page may be opened without seeing the whole department. */
	public Set<Long> openableSchoolIds() {

		Set<Long> openable = new HashSet<>(schoolIds);
		openable.addAll(schoolsOfClasses);

		return openable;
	}

	/** Whether the school's page may be opened: its own staff, including teachers, and the department. */
	public boolean canSee(School school) {
		return seesWhole(school) || schoolsOfClasses.contains(school.getId());
	}

	/** Whether every class and pupil of the school is visible. */
	public boolean seesWhole(School school) {
		return inDepartment(school) || schoolIds.contains(school.getId());
	}

	/** Whether the user runs the school (principal, vice-principal or clerk) and may enrol its pupils. */
	public boolean managesSchool(School school) {
		return schoolIds.contains(school.getId());
	}

	public boolean canSee(SchoolClass schoolClass) {
		return seesWhole(schoolClass.getSchool()) || classIds.contains(schoolClass.getId());
	}

	private boolean inDepartment(School school) {
		return departmentWide && departmentId.equals(school.getUnit().getDepartment().getId());
	}

	/** The department whose schools are all visible, or an id that matches nothing. */
	public Long departmentReach() {
		return departmentWide ? departmentId : NONE;
	}

	/** The schools visible as a whole, never empty (an id that matches nothing stands for none). */
	public Collection<Long> schoolReach() {
		return schoolIds.isEmpty() ? List.of(NONE) : List.copyOf(schoolIds);
	}

	/** The classes visible one by one, never empty (an id that matches nothing stands for none). */
	public Collection<Long> classReach() {
		return classIds.isEmpty() ? List.of(NONE) : List.copyOf(classIds);
	}

}
