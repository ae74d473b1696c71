package vn.edu.hocbaso.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.edu.hocbaso.browser.Views.ClassRow;
import vn.edu.hocbaso.browser.Views.ClassView;
import vn.edu.hocbaso.browser.Views.EnrolTarget;
import vn.edu.hocbaso.browser.Views.GradeRow;
import vn.edu.hocbaso.browser.Views.GuardianRow;
import vn.edu.hocbaso.browser.Views.HistoryRow;
import vn.edu.hocbaso.browser.Views.PupilRow;
import vn.edu.hocbaso.browser.Views.PupilView;
import vn.edu.hocbaso.browser.Views.SchoolRow;
import vn.edu.hocbaso.browser.Views.SchoolSummary;
import vn.edu.hocbaso.browser.Views.SchoolView;
import vn.edu.hocbaso.browser.Views.SearchResults;
import vn.edu.hocbaso.browser.Views.TeacherClassRow;
import vn.edu.hocbaso.organisation.ClassSize;
import vn.edu.hocbaso.organisation.Enrolment;
import vn.edu.hocbaso.organisation.EnrolmentRepository;
import vn.edu.hocbaso.organisation.Pupil;
import vn.edu.hocbaso.organisation.PupilHit;
import vn.edu.hocbaso.organisation.PupilQuery;
import vn.edu.hocbaso.organisation.PupilRepository;
import vn.edu.hocbaso.organisation.PupilSearch;
import vn.edu.hocbaso.organisation.School;
import vn.edu.hocbaso.organisation.SchoolClass;
import vn.edu.hocbaso.organisation.SchoolClassRepository;
import vn.edu.hocbaso.organisation.SchoolRepository;
import vn.edu.hocbaso.organisation.Staff;
import vn.edu.hocbaso.organisation.StaffRepository;
import vn.edu.hocbaso.organisation.VietnameseOrder;
import vn.edu.hocbaso.schoolyear.SchoolYear;
import vn.edu.hocbaso.schoolyear.SchoolYearRepository;
import vn.edu.hocbaso.security.AccessScope;

/**
 * Reads schools, classes and pupils for the pages, always through the user's {@link AccessScope}.
 */
@Service
@Transactional(readOnly = true)
class OrganisationBrowser {

	static final int PAGE_SIZE = 50;

	/** The department's searches count no further: a longer list is not read, the search is narrowed. */
	static final int MAX_COUNTED = 1000;

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final SchoolRepository schools;

	private final SchoolClassRepository classes;

	private final EnrolmentRepository enrolments;

	private final PupilRepository pupils;

	private final PupilSearch pupilSearch;

	private final StaffRepository staff;

	private final SchoolYearRepository years;

	OrganisationBrowser(SchoolRepository schools, SchoolClassRepository classes, EnrolmentRepository enrolments,
			PupilRepository pupils, PupilSearch pupilSearch, StaffRepository staff, SchoolYearRepository years) {
		this.schools = schools;
		this.classes = classes;
		this.enrolments = enrolments;
		this.pupils = pupils;
		this.pupilSearch = pupilSearch;
		this.staff = staff;
		this.years = years;
	}

	/** The schools the user may open, with their pupils this year. */
	List<SchoolRow> schools(AccessScope scope) {

		List<School> visible = scope.isDepartmentWide() ? schools.findByDepartment(scope.departmentId())
				: schools.findWithUnitByIdIn(scope.openableSchoolIds());

		return schoolRows(visible);
	}

	SchoolView school(Long id, AccessScope scope) {

		School school = schools.findWithUnitById(id).orElseThrow(missing(scope, "School", id));
		if (!scope.canSee(school)) {
			throw new OutOfScope("School", id);
		}

		SchoolYear year = currentYear();
		List<SchoolClass> visible = classes.findBySchoolAndYear(id, yearId(year))
			.stream()
			.filter(scope::canSee)
			.toList();

		return new SchoolView(schoolRows(List.of(school)).get(0), school.getAddress(), yearName(year),
				scope.seesWhole(school), classRows(visible));
	}

	/** @param staffId the member of staff looking, {@code null} for an account without one */
	ClassView schoolClass(Long id, AccessScope scope, Long staffId) {

		SchoolClass schoolClass = classes.findWithSchoolById(id).orElseThrow(missing(scope, "Class", id));
		if (!scope.canSee(schoolClass)) {
			throw new OutOfScope("Class", id);
		}

		List<PupilRow> members = enrolments.findMembersOfClass(id).stream().map(Enrolment::getPupil)
			.map(OrganisationBrowser::pupilRow)
			.sorted(Comparator.comparing(PupilRow::fullName, VietnameseOrder.NAMES))
			.toList();
		Staff homeroom = staff.findHomeroomTeacher(id).orElse(null);
		String teacher = homeroom == null ? null : homeroom.getFullName();
		boolean ownClass = homeroom != null && homeroom.getId().equals(staffId);

		return new ClassView(classRows(List.of(schoolClass)).get(0), schoolClass.getSchoolYear().getName(),
				isCurrent(schoolClass), teacher, members, mayEnrol(schoolClass, scope),
				mayOpenGrid(schoolClass, scope), ownClass || scope.managesSchool(schoolClass.getSchool()));
	}

	/** The class grid is for the class's own teachers and the school board, in the current school year. */
	private boolean mayOpenGrid(SchoolClass schoolClass, AccessScope scope) {
		boolean works = scope.classIds().contains(schoolClass.getId()) || scope.managesSchool(schoolClass.getSchool());
		return works && isCurrent(schoolClass);
	}

	private boolean isCurrent(SchoolClass schoolClass) {
		SchoolYear year = currentYear();
		return year != null && year.getId().equals(schoolClass.getSchoolYear().getId());
	}

	/** The class a pupil is to join: only the board and clerk of its school may, and only in this school year. */
	EnrolTarget enrolTarget(Long classId, AccessScope scope) {

		SchoolClass schoolClass = classes.findWithSchoolById(classId).orElseThrow(missing(scope, "Class", classId));
		if (!mayEnrol(schoolClass, scope)) {
			throw new OutOfScope("Class", classId);
		}

		return new EnrolTarget(schoolClass.getId(), schoolClass.getName(), schoolClass.getSchool().getName(),
				schoolClass.getSchoolYear().getName());
	}

	private boolean mayEnrol(SchoolClass schoolClass, AccessScope scope) {
		return scope.managesSchool(schoolClass.getSchool()) && isCurrent(schoolClass);
	}

	PupilView pupil(Long id, AccessScope scope) {

		Pupil pupil = pupils.findById(id).orElseThrow(missing(scope, "Pupil", id));
		if (!pupils.isInReach(id, scope.departmentReach(), scope.schoolReach(), scope.classReach())) {
			throw new OutOfScope("Pupil", id);
		}

		List<GuardianRow> guardians = pupil.getGuardians().stream()
			.map(g -> new GuardianRow(g.getRelation(), g.getFullName(), g.getPhone())).toList();
		List<HistoryRow> history = enrolments.findHistoryOfPupil(id).stream().map(e -> historyRow(e, scope))
			.toList();

		return new PupilView(pupil.getId(), pupil.getFullName(), pupil.getPersonalId(), pupil.getMinistryCode(),
				pupil.getSex(), pupil.getBirthDate(), pupil.getEthnicity(), pupil.getNationality(),
				pupil.getPlaceOfBirth(), pupil.getHomeTown(), pupil.getResidence(), guardians, history);
	}

	/**
	 * Finds pupils by personal ID, Ministry pupil code or the words of their name ignoring case and diacritics
	 * ("le phuc" finds "Lê Hải Phúc"), among those the user may see: for a school or a teacher, the pupils
	 * enrolled in her classes now; for the department, every pupil, counted up to {@link #MAX_COUNTED}.
	 * A page outside the results is taken as the nearest one that exists.
	 */
	SearchResults search(String text, int page, AccessScope scope) {

		PupilQuery query = PupilQuery.parse(text);
		if (!query.searches()) {
			return SearchResults.none(query.kind() == PupilQuery.Kind.TOO_SHORT);
		}

		return scope.isDepartmentWide() ? searchDepartment(query, page, scope) : searchReach(query, page, scope);
	}

	private SearchResults searchReach(PupilQuery query, int page, AccessScope scope) {

		List<PupilHit> all = pupilSearch.findCurrentlyIn(query, scope.schoolReach(), scope.classReach());
		int pages = pageCount(all.size());
		int shown = clamp(page, pages);
		int from = shown * PAGE_SIZE;

		return new SearchResults(all.subList(Math.min(from, all.size()), Math.min(from + PAGE_SIZE, all.size())),
				shown, pages, all.size(), false, false);
	}

	private SearchResults searchDepartment(PupilQuery query, int page, AccessScope scope) {

		int counted = pupilSearch.countInDepartment(query, scope.departmentId(), MAX_COUNTED + 1);
		long total = Math.min(counted, MAX_COUNTED);
		int pages = pageCount(total);
		int shown = clamp(page, pages);
		List<PupilHit> rows = total == 0 ? List.of()
				: pupilSearch.findInDepartment(query, scope.departmentId(), shown * PAGE_SIZE, PAGE_SIZE);

		return new SearchResults(rows, shown, pages, total, counted > MAX_COUNTED, false);
	}

	private static int pageCount(long results) {
		return (int) ((results + PAGE_SIZE - 1) / PAGE_SIZE);
	}

	private static int clamp(int page, int pages) {
		return Math.max(0, Math.min(page, pages - 1));
	}

	/** The user's own classes this year (a teacher's), with their sizes and the subjects she teaches there. */
	List<TeacherClassRow> classesOf(AccessScope scope) {
		if (scope.classIds().isEmpty()) {
			return List.of();
		}
		return classRows(classes.findByIdInAndYear(scope.classIds(), yearId(currentYear()))).stream()
			.map(row -> new TeacherClassRow(row, scope.subjectsIn(row.id())))
			.toList();
	}

	/** The schools the user sees as a whole (a principal's, vice-principal's or clerk's), grade by grade. */
	List<SchoolSummary> schoolSummaries(AccessScope scope) {
		if (scope.schoolIds().isEmpty()) {
			return List.of();
		}

		Long yearId = yearId(currentYear());

		return schoolRows(schools.findWithUnitByIdIn(scope.schoolIds())).stream()
			.map(row -> new SchoolSummary(row, gradeRows(classRows(classes.findBySchoolAndYear(row.id(), yearId)))))
			.toList();
	}

	String currentYearName() {
		return yearName(currentYear());
	}

	private List<SchoolRow> schoolRows(List<School> list) {

		Map<Long, Long> sizes = sizes(list.isEmpty() ? List.of()
				: enrolments.countCurrentPupilsBySchool(list.stream().map(School::getId).toList(),
						yearId(currentYear())));

		return list.stream()
			.map(s -> new SchoolRow(s.getId(), s.getName(), s.getMinistryCode(), s.getUnit().getName(),
					sizes.getOrDefault(s.getId(), 0L)))
			.toList();
	}

	private List<ClassRow> classRows(List<SchoolClass> list) {

		Map<Long, Long> sizes = sizes(list.isEmpty() ? List.of()
				: enrolments.countMembersByClass(list.stream().map(SchoolClass::getId).toList()));

		return list.stream()
			.map(c -> new ClassRow(c.getId(), c.getName(), c.getGrade(), c.getSchool().getId(),
					c.getSchool().getName(), sizes.getOrDefault(c.getId(), 0L)))
			.toList();
	}

	private static List<GradeRow> gradeRows(List<ClassRow> rows) {

		Map<Integer, List<ClassRow>> byGrade = rows.stream()
			.collect(Collectors.groupingBy(ClassRow::grade, TreeMap::new, Collectors.toList()));

		return byGrade.entrySet().stream()
			.map(e -> new GradeRow(e.getKey(), e.getValue().size(),
					e.getValue().stream().mapToLong(ClassRow::pupils).sum()))
			.toList();
	}

	private static Map<Long, Long> sizes(Collection<ClassSize> counts) {
		return counts.stream().collect(Collectors.toMap(ClassSize::id, ClassSize::pupils));
	}

	private static PupilRow pupilRow(Pupil p) {
		return new PupilRow(p.getId(), p.getFullName(), p.getBirthDate(), p.getSex(), p.getPersonalId());
	}

	private static HistoryRow historyRow(Enrolment e, AccessScope scope) {
		SchoolClass c = e.getSchoolClass();
		return new HistoryRow(c.getSchoolYear().getName(), c.getId(), c.getName(), c.getSchool().getId(),
				c.getSchool().getName(), e.getRegistrationNumber(), e.getEnrolledOn(), e.getLeftOn(), scope.canSee(c));
	}

	private SchoolYear currentYear() {
		return years.findCurrent(LocalDate.now(VIETNAM)).orElse(null);
	}

	/** Without any school year yet, an id that matches no class. */
	private static Long yearId(SchoolYear year) {
		return year == null ? -1L : year.getId();
	}

	private static String yearName(SchoolYear year) {
		return year == null ? null : year.getName();
	}

	private static Supplier<RuntimeException> missing(AccessScope scope, String what, Long id) {
		return () -> scope.isDepartmentWide() ? new NotFound(what, id) : new OutOfScope(what, id);
	}

}
