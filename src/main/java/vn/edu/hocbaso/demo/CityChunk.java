package vn.edu.hocbaso.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import vn.edu.hocbaso.organisation.PersonName;
import vn.edu.hocbaso.organisation.PersonalId;
import vn.edu.hocbaso.organisation.Role;
import vn.edu.hocbaso.organisation.Sex;

/**
 * The rows of a run of consecutive schools: the schools, their classes, staff with roles and accounts, pupils
 * with guardians, and enrolments (a few pupils transferred from one school to another during the year).
 */
final class CityChunk {

	private static final List<String> ETHNICITIES = List.of("Tày", "Mường", "Thái", "Nùng", "Dao", "Hoa");

	final CopyRows schools = new CopyRows("school", "id, unit_id, ministry_code, name, address");

	final CopyRows classes = new CopyRows("school_class", "id, school_id, school_year_id, grade, name");

	final CopyRows staff = new CopyRows("staff",
			"id, department_id, school_id, full_name, search_name, personal_id, sex, birth_date, position");

	final CopyRows roles = new CopyRows("staff_role", "staff_id, role, school_id, class_id, subject_code");

	final CopyRows accounts = new CopyRows("account", "username, password_hash, staff_id");

	final CopyRows pupils = new CopyRows("pupil", "id, personal_id, ministry_code, full_name, search_name, sex, "
			+ "birth_date, ethnicity, nationality, place_of_birth, home_town, residence");

	final CopyRows guardians = new CopyRows("guardian", "pupil_id, relation, full_name, phone");

	final CopyRows enrolments = new CopyRows("enrolment",
			"pupil_id, class_id, registration_number, enrolled_on, left_on");

	private final CityContext city;

	private final SplittableRandom random;

	private final List<Long> schoolIds = new ArrayList<>();

	private final List<long[]> classIdsBySchool = new ArrayList<>();

	private final List<Enrolment> enrolmentList = new ArrayList<>();

	private final Map<Long, Integer> registrations = new HashMap<>();

	CityChunk(CityContext city, long seed) {
		this.city = city;
		this.random = new SplittableRandom(seed);
	}

	/** Generates the schools with city-wide numbers {@code first} (inclusive) to {@code last} (exclusive). */
	CityChunk generate(int first, int last) {
		for (int school = first; school < last; school++) {
			addSchool(school);
		}
		addTransfers();
		writeEnrolments();

		return this;
	}

	int pupilCount() {
		return pupils.count();
	}

	long rowCount() {
		return tables().stream().mapToLong(CopyRows::count).sum();
	}

	private List<CopyRows> tables() {
		return List.of(schools, classes, staff, roles, accounts, pupils, guardians, enrolments);
	}

	void copyInto(Connection connection) throws SQLException {
		for (CopyRows rows : tables()) {
			rows.copyInto(connection);
		}
	}

	private void addSchool(int number) {

		int unit = number % city.unitIds().length;
		String unitName = PlaceNames.unit(unit);
		long schoolId = city.ids().next("school");
		schools.add(schoolId).add(city.unitIds()[unit]).add("%s%06d".formatted(city.departmentCode(), number + 1))
			.add(PlaceNames.school(number))
			.add(PlaceNames.address(random, unitName, city.provinceName()));
		schools.end();

		int n = number + 1;
		addStaff(schoolId, Role.PRINCIPAL, null, null, "hieutruong" + n, "Hiệu trưởng");
		addStaff(schoolId, Role.VICE_PRINCIPAL, null, null, "hieupho" + n, "Phó hiệu trưởng");
		addStaff(schoolId, Role.SCHOOL_CLERK, null, null, "vanthu" + n, "Văn thư");

		long[] classIds = addClasses(schoolId, n, unitName);
		schoolIds.add(schoolId);
		classIdsBySchool.add(classIds);
		addSubjectTeachers(schoolId, n, classIds);
	}

	private long[] addClasses(long schoolId, int schoolNumber, String unitName) {

		int perGrade = city.size().classesPerGrade();
		long[] classIds = new long[5 * perGrade];
		for (int grade = 1; grade <= 5; grade++) {
			for (int c = 0; c < perGrade; c++) {
				char letter = (char) ('A' + c);
				long classId = addClass(schoolId, 0, grade, letter);
				classIds[(grade - 1) * perGrade + c] = classId;
				long[] earlierClassIds = new long[grade];
				for (int back = 1; back < grade; back++) {
					earlierClassIds[back] = addClass(schoolId, back, grade - back, letter);
				}

				String username = "gvcn" + schoolNumber + "." + grade + Character.toLowerCase(letter);
				addStaff(schoolId, Role.HOMEROOM_TEACHER, classId, null, username, "Giáo viên");
				addPupils(schoolId, classId, earlierClassIds, grade, unitName);
			}
		}

		return classIds;
	}

	/**
	 * A class of a school year {@code back} years ago (0: the current year). Earlier classes have no staff of
	 * their own: staff roles describe this year's work.
	 */
	private long addClass(long schoolId, int back, int grade, char letter) {

		long classId = city.ids().next("school_class");
		classes.add(classId).add(schoolId).add(city.yearsAgo(back).id()).add(grade).add(grade + String.valueOf(letter));
		classes.end();

		return classId;
	}

	/** English and Informatics for grades 3–5, physical education for all: one teacher each per school. */
	private void addSubjectTeachers(long schoolId, int schoolNumber, long[] classIds) {

		int perGrade = city.size().classesPerGrade();
		long english = addStaff(schoolId, null, null, null, "gvbm" + schoolNumber + ".tienganh", "Giáo viên");
		long informatics = addStaff(schoolId, null, null, null, "gvbm" + schoolNumber + ".tinhoc", "Giáo viên");
		long physical = addStaff(schoolId, null, null, null, "gvbm" + schoolNumber + ".theduc", "Giáo viên");

		for (int i = 0; i < classIds.length; i++) {
			if (i >= 2 * perGrade) {
				addRole(english, Role.SUBJECT_TEACHER, schoolId, classIds[i], "NN1");
				addRole(informatics, Role.SUBJECT_TEACHER, schoolId, classIds[i], "TIN_HOC");
			}
			addRole(physical, Role.SUBJECT_TEACHER, schoolId, classIds[i], "GDTC");
		}
	}

	/** Adds a member of staff with an account and, when {@code role} is given, that role. */
	long addStaff(Long schoolId, Role role, Long classId, String subject, String username, String position) {

		Sex sex = random.nextInt(100) < (role == Role.PRINCIPAL ? 55 : 82) ? Sex.F : Sex.M;
		LocalDate birthDate = randomDate(1970 + random.nextInt(29));
		long staffId = city.ids().next("staff");
		PersonName name = new PersonName(VietnameseNames.fullName(random, sex));
		PersonalId personalId = city.personalIds().next(city.provinceCode(), sex, birthDate);

		staff.add(staffId).add(city.departmentId()).add(schoolId).add(name.value()).add(name.searchKey())
			.add(personalId.value()).add(sex.name()).add(birthDate).add(position);
		staff.end();
		if (role != null) {
			addRole(staffId, role, schoolId, classId, subject);
		}
		accounts.add(username).add(city.passwordHash()).add(staffId);
		accounts.end();

		return staffId;
	}

	private void addRole(long staffId, Role role, Long schoolId, Long classId, String subject) {
		roles.add(staffId).add(role.name()).add(schoolId).add(classId).add(subject);
		roles.end();
	}

	/**
	 * Pupils who entered grade 1 here and went up with their class every year: an enrolment per year, the
	 * earlier ones ended on the last day of their school year, all under one registration number.
	 */
	private void addPupils(long schoolId, long classId, long[] earlierClassIds, int grade, String unitName) {

		int size = city.size().minPupils() + random.nextInt(city.size().maxPupils() - city.size().minPupils() + 1);
		int entryYear = city.schoolYearStart() - grade + 1;
		for (int i = 0; i < size; i++) {
			long pupilId = addPupil(grade, unitName);
			String registration = registrationNumber(schoolId, entryYear);
			for (int back = grade - 1; back >= 1; back--) {
				CityContext.Year year = city.yearsAgo(back);
				Enrolment earlier = new Enrolment(pupilId, earlierClassIds[back], registration, entryYear,
						year.startsOn());
				earlier.leftOn = year.endsOn();
				enrolmentList.add(earlier);
			}
			enrolmentList.add(new Enrolment(pupilId, classId, registration, entryYear, city.year().startsOn()));
		}
	}

	private long addPupil(int grade, String unitName) {

		Sex sex = random.nextInt(1000) < 512 ? Sex.M : Sex.F;
		int lateStart = random.nextInt(100) < 3 ? 1 : 0;
		LocalDate birthDate = randomDate(city.schoolYearStart() - 5 - grade - lateStart);
		boolean bornHere = random.nextInt(100) < 93;
		String birthProvince = bornHere ? city.provinceCode() : city.randomProvinceCode(random);
		PersonalId personalId = city.personalIds().next(birthProvince, sex, birthDate);

		String fatherSurname = VietnameseNames.surname(random);
		PersonName name = new PersonName(VietnameseNames.fullName(random, fatherSurname, sex));
		long pupilId = city.ids().next("pupil");
		String province = PersonalId.provinceName(birthProvince).orElseThrow();

		pupils.add(pupilId).add(personalId.value()).add(city.ministryCode(pupilId)).add(name.value())
			.add(name.searchKey()).add(sex.name()).add(birthDate).add(ethnicity()).add("Việt Nam").add(province)
			.add(PersonalId.provinceName(city.randomProvinceCode(random)).orElseThrow())
			.add(PlaceNames.residence(random, unitName, city.provinceName()));
		pupils.end();
		addGuardians(pupilId, fatherSurname);

		return pupilId;
	}

	private void addGuardians(long pupilId, String fatherSurname) {

		int family = random.nextInt(100);
		if (family < 96) {
			addGuardian(pupilId, "FATHER", VietnameseNames.fullName(random, fatherSurname, Sex.M));
		}
		if (family < 99) {
			addGuardian(pupilId, "MOTHER", VietnameseNames.fullName(random, Sex.F));
		}
		else {
			addGuardian(pupilId, "GUARDIAN", VietnameseNames.fullName(random, Sex.F));
		}
	}

	private void addGuardian(long pupilId, String relation, String name) {
		// No phone number: any ten digits generated could be someone's real number.
		guardians.add(pupilId).add(relation).add(name).add(null);
		guardians.end();
	}

	/**
	 * Moves about one pupil in two hundred to the class of the same grade and letter at the next school of the
	 * chunk in mid-November: the old enrolment ends, a new one starts, the pupil keeps one identity.
	 */
	private void addTransfers() {

		if (schoolIds.size() < 2) {
			return;
		}
		List<Enrolment> current = enrolmentList.stream().filter(e -> e.leftOn == null).toList();
		int count = Math.max(2, current.size() / 200);
		LocalDate left = LocalDate.of(city.schoolYearStart(), 11, 15);
		Set<Enrolment> moved = new LinkedHashSet<>();
		for (int t = 0; t < count; t++) {
			moved.add(current.get(random.nextInt(current.size())));
		}
		for (Enrolment from : moved) {
			from.leftOn = left;
			enrolmentList.add(transferTarget(from, left.plusDays(1)));
		}
	}

	private Enrolment transferTarget(Enrolment from, LocalDate arrival) {

		int school = schoolOfClass(from.classId);
		int position = java.util.Arrays.binarySearch(classIdsBySchool.get(school), from.classId);
		int target = (school + 1) % schoolIds.size();
		long toClass = classIdsBySchool.get(target)[position];
		String registration = registrationNumber(schoolIds.get(target), from.entryYear);

		return new Enrolment(from.pupilId, toClass, registration, from.entryYear, arrival);
	}

	private void writeEnrolments() {
		for (Enrolment e : enrolmentList) {
			enrolments.add(e.pupilId).add(e.classId).add(e.registration).add(e.enrolledOn).add(e.leftOn);
			enrolments.end();
		}
	}

	private int schoolOfClass(long classId) {
		for (int s = 0; s < classIdsBySchool.size(); s++) {
			if (java.util.Arrays.binarySearch(classIdsBySchool.get(s), classId) >= 0) {
				return s;
			}
		}
		throw new IllegalStateException("Class " + classId + " is not in this chunk");
	}

	/** One stay of a pupil in a class, kept as an object until the transfers are decided. */
	private static final class Enrolment {

		final long pupilId;

		final long classId;

		final String registration;

		final int entryYear;

		final LocalDate enrolledOn;

		LocalDate leftOn;

		Enrolment(long pupilId, long classId, String registration, int entryYear, LocalDate enrolledOn) {
			this.pupilId = pupilId;
			this.classId = classId;
			this.registration = registration;
			this.entryYear = entryYear;
			this.enrolledOn = enrolledOn;
		}

	}

	private String registrationNumber(long schoolKey, int entryYear) {
		int number = registrations.merge(schoolKey, 1, Integer::sum);
		return entryYear + "/" + digits(number, 4);
	}

	/** A number with leading zeros; String.format is too slow for a million rows. */
	static String digits(long number, int width) {
		String plain = Long.toString(number);
		return plain.length() >= width ? plain : "0".repeat(width - plain.length()) + plain;
	}

	private String ethnicity() {
		int draw = random.nextInt(100);
		return draw < 96 ? "Kinh" : ETHNICITIES.get(random.nextInt(ETHNICITIES.size()));
	}

	private LocalDate randomDate(int year) {
		return LocalDate.ofYearDay(year, 1 + random.nextInt(LocalDate.of(year, 1, 1).lengthOfYear()));
	}

}
