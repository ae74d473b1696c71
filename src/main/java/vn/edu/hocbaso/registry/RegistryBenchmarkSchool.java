package vn.edu.hocbaso.registry;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.edu.hocbaso.signing.CertificateAuthority;
import vn.edu.hocbaso.signing.CertificateRole;
import vn.edu.hocbaso.signing.HeldKeySigning;
import vn.edu.hocbaso.signing.SampleRecordXml;

/**
 * The benchmark's sending school, written straight into an empty database: one department, ward and school,
 * the current school year, classes of 40 pupils of grade 4 with every pupil enrolled, a homeroom teacher and a
 * principal with personal IDs, and their certificates with the school's approved issue certificate, each key
 * unlocked once. It signs the signing benchmark's sample record ({@link SampleRecordXml}) for each pupil.
 */
final class RegistryBenchmarkSchool {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final int CLASS_SIZE = 40;

	private static final String CODE = "01999001";

	private static final String TEACHER_ID = "001190000001";

	private static final String PRINCIPAL_ID = "001175000002";

	/** A pupil as the record names them. */
	record Pupil(String personalId, String code) {
	}

	final long id;

	final long schoolYearId;

	final int startYear;

	final List<Pupil> pupils;

	private final long teacherId;

	private final long principalId;

	private final HeldKeySigning.HeldKey teacher;

	private final HeldKeySigning.HeldKey principal;

	final HeldKeySigning.HeldKey issue;

	RegistryBenchmarkSchool(JdbcTemplate jdbc, CertificateAuthority authority, HeldKeySigning keys, int pupilCount) {

		startYear = startYear(LocalDate.now(VIETNAM));
		long departmentId = id(jdbc, "insert into department (code, name, province_code, province_name) "
				+ "values ('BM', 'Sở GD&ĐT Đo tải', '001', 'Hà Nội') returning id");
		long unitId = id(jdbc, "insert into administrative_unit (department_id, code, name, kind) "
				+ "values (?, 'BM-1', 'Phường Đo tải', 'WARD') returning id", departmentId);
		schoolYearId = id(jdbc, "insert into school_year (start_year, starts_on, ends_on) values (?, ?, ?) "
				+ "returning id", startYear, LocalDate.of(startYear, 9, 5), LocalDate.of(startYear + 1, 5, 31));
		id = id(jdbc, "insert into school (unit_id, ministry_code, name, address) values (?, ?, ?, ?) returning id",
				unitId, CODE, "Trường Tiểu học Đo tải", "Số 1 phố Đo tải");

		List<Long> classes = new ArrayList<>();
		for (int i = 0; i * CLASS_SIZE < pupilCount; i++) {
			classes.add(id(jdbc, "insert into school_class (school_id, school_year_id, grade, name) "
					+ "values (?, ?, 4, ?) returning id", id, schoolYearId, "4-" + (i + 1)));
		}
		teacherId = staff(jdbc, departmentId, "Phạm Thu Hà", TEACHER_ID, "HOMEROOM_TEACHER", classes.get(0));
		principalId = staff(jdbc, departmentId, "Lê Văn Hùng", PRINCIPAL_ID, "PRINCIPAL", null);
		pupils = enrol(jdbc, id, pupilCount);

		char[] password = UUID.randomUUID().toString().toCharArray();
		authority.rootCertificate();
		teacher = keys.hold(authority.issueForStaff(teacherId, CertificateRole.TEACHER, password).getId(), password);
		principal = keys.hold(authority.issueForStaff(principalId, CertificateRole.PRINCIPAL, password).getId(),
				password);
		long issueId = authority.requestSchoolCertificate(id, password).getId();
		authority.approveRegistration(issueId);
		issue = keys.hold(issueId, password);
	}

	String code() {
		return CODE;
	}

	/** The pupil's record, signed by the teacher, the principal and the school, in that order. */
	byte[] signedRecord(Pupil pupil) {
		byte[] xml = record(UUID.randomUUID(), pupil);
		xml = teacher.sign(xml, CertificateRole.TEACHER, teacherId);
		xml = principal.sign(xml, CertificateRole.PRINCIPAL, principalId);
		return issue.sign(xml, CertificateRole.SCHOOL_ISSUE, id);
	}

	/** The signing benchmark's sample record for this school, year and pupil, not yet signed. */
	private byte[] record(UUID lookupCode, Pupil pupil) {
		String xml = new String(SampleRecordXml.of(lookupCode.toString(), CODE, TEACHER_ID, PRINCIPAL_ID),
				StandardCharsets.UTF_8);
		String year = startYear + "-" + (startYear + 1);
		xml = element(xml, "TEN_NAM_HOC", year);
		xml = element(xml, "NAM_HOC", year);
		xml = element(xml, "NGAY_TRANG_THAI_CHUYEN_DEN", startYear + "-09-05T00:00:00+07:00");
		xml = element(xml, "NGAY_TAO_HOC_BA", (startYear + 1) + "-05-25T08:30:00+07:00");
		xml = element(xml, "NGAY_KY_PHAT_HANH_HOC_BA", (startYear + 1) + "-05-31T09:00:00+07:00");
		xml = element(xml, "SO_CCCD", pupil.personalId());
		xml = element(xml, "MA_HOC_SINH", pupil.code());
		return xml.getBytes(StandardCharsets.UTF_8);
	}

	/** The same rule as the school year module's: a school year starts in September. */
	private static int startYear(LocalDate today) {
		return today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
	}

	private static String element(String xml, String tag, String value) {
		return xml.replaceAll("<" + tag + ">[^<]*</" + tag + ">",
				Matcher.quoteReplacement("<" + tag + ">" + value + "</" + tag + ">"));
	}

	private static long staff(JdbcTemplate jdbc, long departmentId, String name, String personalId, String role,
			Long classId) {
		long staffId = id(jdbc, "insert into staff (department_id, school_id, full_name, search_name, sex, "
				+ "personal_id) values (?, (select id from school where ministry_code = ?), ?, ?, 'F', ?) returning id",
				departmentId, CODE, name, name.toLowerCase(), personalId);
		jdbc.update("insert into staff_role (staff_id, role, school_id, class_id) "
				+ "values (?, ?, (select id from school where ministry_code = ?), ?)", staffId, role, CODE, classId);
		return staffId;
	}

	/** The pupils in one statement each for pupils and enrolments, CLASS_SIZE to a class. */
	private static List<Pupil> enrol(JdbcTemplate jdbc, long schoolId, int count) {
		jdbc.update("""
				insert into pupil (personal_id, ministry_code, full_name, search_name, sex, birth_date, ethnicity,
					nationality, place_of_birth, home_town, residence)
				select '001318' || lpad(g::text, 6, '0'), 'BM' || lpad(g::text, 8, '0'), 'Nguyễn Thị Ánh Dương',
					'nguyen thi anh duong', 'F', date '2018-03-01', 'Kinh', 'Việt Nam', 'Hà Nội', 'Hà Nội', 'Hà Nội'
				from generate_series(1, ?) g""", count);
		jdbc.update("""
				insert into enrolment (pupil_id, class_id, registration_number, enrolled_on)
				select p.id, c.id, 'DB' || p.id, y.starts_on
				from (select id, (row_number() over (order by id) - 1) / ? + 1 as class_number from pupil
					where ministry_code like 'BM%') p
				join school_class c on c.school_id = ?
					and c.name = '4-' || p.class_number
				join school_year y on y.id = c.school_year_id""", CLASS_SIZE, schoolId);
		return jdbc.query("select personal_id, ministry_code from pupil where ministry_code like 'BM%' order by id",
				(row, i) -> new Pupil(row.getString(1), row.getString(2)));
	}

	private static long id(JdbcTemplate jdbc, String sql, Object... arguments) {
		return jdbc.queryForObject(sql, Long.class, arguments);
	}

}
