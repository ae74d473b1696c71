package vn.edu.hocbaso.testing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.edu.hocbaso.organisation.PersonName;
import vn.edu.hocbaso.organisation.Role;
import vn.edu.hocbaso.schoolyear.SchoolYear;

/**
 * A small organisation of its own for each test class: one department with one ward, two schools (A and B)
 * with classes 4A and 5A in the current school year, staff in every role with accounts, and pupils. Codes and
 * usernames carry a random tag, so fixtures never collide with each other or with demo data.
 */
public final class OrganisationFixture {

	public static final String PASSWORD = "hocbaso2026";

	private static final AtomicInteger SERIAL = new AtomicInteger((int) (Math.random() * 500_000));

	private final JdbcTemplate jdbc;

	private final String passwordHash;

	public final String tag = UUID.randomUUID().toString().substring(0, 6);

	public final long departmentId;

	public final long yearId;

	public final SchoolFixture schoolA;

	public final SchoolFixture schoolB;

	public final String officer;

	public final String admin;

	public OrganisationFixture(JdbcTemplate jdbc, PasswordEncoder encoder) {
		this.jdbc = jdbc;
		this.passwordHash = encoder.encode(PASSWORD);

		this.departmentId = id("insert into department (code, name, province_code, province_name) "
				+ "values (?, ?, '001', 'Hà Nội') returning id", "D" + tag, "Sở GD&ĐT " + tag);
		long unitId = id("insert into administrative_unit (department_id, code, name, kind) "
				+ "values (?, ?, ?, 'WARD') returning id", departmentId, "U" + tag, "Phường " + tag);
		this.yearId = currentYear();

		this.schoolA = new SchoolFixture(unitId, "A");
		this.schoolB = new SchoolFixture(unitId, "B");
		this.officer = account(staff(null, "Cán bộ Sở " + tag), "canbo." + tag, Role.DEPARTMENT_OFFICER, null, null);
		this.admin = account(staff(null, "Quản trị " + tag), "admin." + tag, Role.ADMINISTRATOR, null, null);
	}

	private long currentYear() {
		int startYear = SchoolYear.startYearOn(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
		jdbc.update("insert into school_year (start_year, starts_on, ends_on) values (?, ?, ?) "
				+ "on conflict (start_year) do nothing", startYear, LocalDate.of(startYear, 9, 5),
				LocalDate.of(startYear + 1, 5, 31));
		return jdbc.queryForObject("select id from school_year where start_year = ?", Long.class, startYear);
	}

	private long id(String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}

	/** A member of staff with a personal ID, which a signed record names for its teacher and principal. */
	private long staff(Long schoolId, String name) {
		return id("insert into staff (department_id, school_id, full_name, search_name, sex, personal_id) "
				+ "values (?, ?, ?, ?, 'F', ?) returning id", departmentId, schoolId, name, PersonName.searchKey(name),
				freeStaffPersonalId());
	}

	private String freeStaffPersonalId() {
		String personalId;
		do {
			personalId = "0011%02d%06d".formatted(80, SERIAL.incrementAndGet() % 1_000_000);
		}
		while (jdbc.queryForObject("select count(*) from staff where personal_id = ?", Integer.class, personalId) > 0);
		return personalId;
	}

	private String account(long staffId, String username, Role role, Long schoolId, Long classId) {
		jdbc.update("insert into staff_role (staff_id, role, school_id, class_id, subject_code) values (?, ?, ?, ?, ?)",
				staffId, role.name(), schoolId, classId, role == Role.SUBJECT_TEACHER ? "NN1" : null);
		jdbc.update("insert into account (username, password_hash, staff_id) values (?, ?, ?)", username,
				passwordHash, staffId);
		return username;
	}

	/** Adds a pupil to a class; the name may carry diacritics, its search key is folded as the application does. */
	public long pupil(long classId, String fullName) {

		String personalId = freePersonalId();
		long pupilId = id("""
				insert into pupil (personal_id, ministry_code, full_name, search_name, sex, birth_date, ethnicity,
					nationality, place_of_birth, home_town, residence)
				values (?, ?, ?, ?, 'F', date '2018-03-01', 'Kinh', 'Việt Nam', 'Hà Nội', 'Hà Nội', 'Hà Nội')
				returning id""", personalId, "HS" + personalId, fullName, PersonName.searchKey(fullName));
		jdbc.update("insert into guardian (pupil_id, relation, full_name, phone) values (?, 'MOTHER', ?, '0900000000')",
				pupilId, "Trần Thị Mẹ");
		jdbc.update("insert into enrolment (pupil_id, class_id, registration_number, enrolled_on) "
				+ "values (?, ?, ?, date '2026-09-05')", pupilId, classId, "DB" + pupilId);

		return pupilId;
	}

	/**
	 * Adds many pupils of one name to a class in one statement, for tests of long result lists. Their personal
	 * IDs are of a province the other fixtures do not use; any taken by generated demo pupils are skipped.
	 */
	public void pupils(long classId, String fullName, int count) {
		String codePrefix = "M" + tag;
		jdbc.update("""
				insert into pupil (personal_id, ministry_code, full_name, search_name, sex, birth_date, ethnicity,
					nationality, place_of_birth, home_town, residence)
				select '096318' || lpad(((? + g) % 1000000)::text, 6, '0'), ? || g, ?, ?, 'M', date '2018-01-01',
					'Kinh', 'Việt Nam', 'Cà Mau', 'Cà Mau', 'Cà Mau'
				from generate_series(1, ?) g
				on conflict do nothing""", SERIAL.get(), codePrefix, fullName, PersonName.searchKey(fullName), count);
		jdbc.update("""
				insert into enrolment (pupil_id, class_id, registration_number, enrolled_on)
				select id, ?, 'DB' || id, date '2026-09-05' from pupil where ministry_code like ? || '%'""",
				classId, codePrefix);
	}

	/** Moves a pupil to another class, as a transfer does: the current stay ends, a new one starts. */
	public void transfer(long pupilId, long toClassId) {
		jdbc.update("update enrolment set left_on = date '2026-11-01' where pupil_id = ? and left_on is null", pupilId);
		jdbc.update("insert into enrolment (pupil_id, class_id, registration_number, enrolled_on) "
				+ "values (?, ?, ?, date '2026-11-02')", pupilId, toClassId, "DB" + pupilId + "T");
	}

	public String ministryCodeOf(long pupilId) {
		return jdbc.queryForObject("select ministry_code from pupil where id = ?", String.class, pupilId);
	}

	/** The demo city's generated pupils take random numbers too, so a number is checked before it is used. */
	private String freePersonalId() {
		String personalId;
		do {
			personalId = "0013%02d%06d".formatted(18, SERIAL.incrementAndGet() % 1_000_000);
		}
		while (jdbc.queryForObject("select count(*) from pupil where personal_id = ?", Integer.class, personalId) > 0);
		return personalId;
	}

	/** The member of staff behind an account; every fixture staff member has a personal ID already. */
	public long staffId(String username) {
		return id("select staff_id from account where username = ?", username);
	}

	public String personalIdOf(long pupilId) {
		return jdbc.queryForObject("select personal_id from pupil where id = ?", String.class, pupilId);
	}

	/** One school with two classes, a homeroom teacher of 4A, a subject teacher of 5A and the school board. */
	public final class SchoolFixture {

		public final long id;

		public final long class4a;

		public final long class5a;

		public final String homeroomTeacher;

		public final String subjectTeacher;

		public final String principal;

		public final String vicePrincipal;

		public final String clerk;

		SchoolFixture(long unitId, String letter) {
			String code = letter.toLowerCase() + "." + tag;
			this.id = id("insert into school (unit_id, ministry_code, name, address) values (?, ?, ?, ?) returning id",
					unitId, "T" + letter + tag, "Trường Tiểu học " + letter + " " + tag, "Số 1 phố " + letter);
			this.class4a = schoolClass(4, "4A");
			this.class5a = schoolClass(5, "5A");
			this.homeroomTeacher = account(staff(id, "Giáo viên " + letter + " " + tag), "gvcn" + code,
					Role.HOMEROOM_TEACHER, id, class4a);
			this.subjectTeacher = account(staff(id, "Giáo viên Anh " + letter + " " + tag), "gvbm" + code,
					Role.SUBJECT_TEACHER, id, class5a);
			this.principal = account(staff(id, "Hiệu trưởng " + letter + " " + tag), "hieutruong" + code,
					Role.PRINCIPAL, id, null);
			this.vicePrincipal = account(staff(id, "Hiệu phó " + letter + " " + tag), "hieupho" + code,
					Role.VICE_PRINCIPAL, id, null);
			this.clerk = account(staff(id, "Văn thư " + letter + " " + tag), "vanthu" + code, Role.SCHOOL_CLERK, id,
					null);
		}

		private long schoolClass(int grade, String name) {
			return id("insert into school_class (school_id, school_year_id, grade, name) values (?, ?, ?, ?) "
					+ "returning id", id, yearId, grade, name);
		}

	}

}
