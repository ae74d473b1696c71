package vn.edu.hocbaso.browser;

import java.time.LocalDate;
import java.util.List;

import vn.edu.hocbaso.organisation.Guardian;
import vn.edu.hocbaso.organisation.PupilHit;
import vn.edu.hocbaso.organisation.Sex;

/**
 * What the pages show, read inside one transaction so that templates never touch lazy associations.
 */
final class Views {

	private Views() {
	}

	record SchoolRow(Long id, String name, String ministryCode, String unitName, long pupils) {
	}

	record ClassRow(Long id, String name, int grade, Long schoolId, String schoolName, long pupils) {
	}

	record GradeRow(int grade, int classes, long pupils) {
	}

	record SchoolSummary(SchoolRow school, List<GradeRow> grades) {

		public long pupils() {
			return grades.stream().mapToLong(GradeRow::pupils).sum();
		}

		public int classes() {
			return grades.stream().mapToInt(GradeRow::classes).sum();
		}

	}

	record SchoolView(SchoolRow school, String address, String yearName, boolean whole, List<ClassRow> classes) {
	}

	record PupilRow(Long id, String fullName, LocalDate birthDate, Sex sex, String personalId) {
	}

	/**
	 * One page of search results. {@code page} is always a page that exists; {@code more} says that the count
	 * stopped at {@code total} and the user should narrow the search.
	 */
	record SearchResults(List<PupilHit> rows, int page, int totalPages, long total, boolean more, boolean tooShort) {

		static SearchResults none(boolean tooShort) {
			return new SearchResults(List.of(), 0, 0, 0, false, tooShort);
		}

		public boolean hasPrevious() {
			return page > 0;
		}

		public boolean hasNext() {
			return page < totalPages - 1;
		}

	}

	/** A teacher's class on her home page, with the subjects she teaches there (none: her homeroom class). */
	record TeacherClassRow(ClassRow schoolClass, List<String> subjects) {
	}

	/**
	 * A class; {@code canEnrol} when the user may add pupils to it, {@code canOpenGrid} when she works with its
	 * records (its teachers and the school board, this school year), {@code canSign} when she signs its records
	 * (its homeroom teacher, the school board and clerk). {@code currentYear}: the class is of this school year, not
	 * of an earlier one (whose homeroom teacher may not be on record).
	 */
	record ClassView(ClassRow schoolClass, String yearName, boolean currentYear, String homeroomTeacher,
			List<PupilRow> pupils, boolean canEnrol, boolean canOpenGrid, boolean canSign) {
	}

	/** The class a pupil is being enrolled in, for the heading of the form. */
	record EnrolTarget(Long classId, String className, String schoolName, String yearName) {
	}

	record GuardianRow(Guardian.Relation relation, String fullName, String phone) {
	}

	record HistoryRow(String yearName, Long classId, String className, Long schoolId, String schoolName,
			String registrationNumber, LocalDate enrolledOn, LocalDate leftOn, boolean visible) {
	}

	record PupilView(Long id, String fullName, String personalId, String ministryCode, Sex sex, LocalDate birthDate,
			String ethnicity, String nationality, String placeOfBirth, String homeTown, String residence,
			List<GuardianRow> guardians, List<HistoryRow> history) {

		/** The stay that has not ended: the class and school the pupil is in now, if any. */
		public HistoryRow current() {
			return history.stream().filter(h -> h.leftOn() == null).reduce((first, later) -> later).orElse(null);
		}

	}

	/** The home page: the sections that apply to the user's roles; empty lists are real, not placeholders. */
	record HomeView(String mainRole, String yearName, boolean teacher, List<TeacherClassRow> classes,
			List<SchoolSummary> schools, boolean departmentWide, List<SchoolRow> departmentSchools) {
	}

}
