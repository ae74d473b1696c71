package vn.edu.hocbaso.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.record.NationalRecord;
import vn.edu.hocbaso.record.NationalRecordXml;
import vn.edu.hocbaso.record.NationalRecords;
import vn.edu.hocbaso.record.YearRecord;
import vn.edu.hocbaso.registry.AuthenticationRequest;
import vn.edu.hocbaso.registry.RecordList;
import vn.edu.hocbaso.registry.RegistryTransactions;
import vn.edu.hocbaso.registry.TransactionContent;
import vn.edu.hocbaso.registry.TransactionRequest;
import vn.edu.hocbaso.registry.TransactionResponse;
import vn.edu.hocbaso.registry.TransactionSignature;
import vn.edu.hocbaso.registry.TransactionType;
import vn.edu.hocbaso.registry.TransparencyLog;
import vn.edu.hocbaso.signing.CertificateRole;
import vn.edu.hocbaso.signing.HeldKeySigning;

/**
 * Last school year's records of the showcase class (4A of school 1, the demo teacher {@code gvcn1.4a}'s) in the
 * department's registry, locked, so that the public verification has locked records with inclusion proofs from
 * the first start. For each pupil of 4A who was in a grade 3 class of the same school last year: a complete
 * record of that year, signed by 4A's homeroom teacher, the school's principal and the school's issue
 * certificate (the demo certificates), sent straight to the registry's transaction interface in a transaction
 * sealed with the school's issue key (not through the school's outbox, so {@code /submissions} does not list it),
 * then locked into the transparency log. The records are signed at the first start, as records digitised from
 * last year would be.
 */
@Component
class DemoRegistryHistory {

	private static final Logger LOG = LoggerFactory.getLogger(DemoRegistryHistory.class);

	private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

	private static final String SHOWCASE = """
			select c.id as class_id, c.school_id, c.school_year_id, y.start_year, s.ministry_code as school_code,
				r.staff_id as teacher_id
			from staff_role r join account a on a.staff_id = r.staff_id
			join school_class c on c.id = r.class_id
			join school_year y on y.id = c.school_year_id
			join school s on s.id = c.school_id
			where a.username = 'gvcn1.4a' and r.role = 'HOMEROOM_TEACHER'
			order by y.start_year desc limit 1""";

	private static final String PUPILS = """
			select distinct on (p.id) p.id, p.full_name, p.personal_id, p.ministry_code, p.sex, p.birth_date,
				p.place_of_birth, p.home_town, p.residence, p.ethnicity, p.nationality, e.registration_number,
				e.enrolled_on, c.id as class_id, c.name as class_name, c.grade, c.school_year_id
			from enrolment now_e join pupil p on p.id = now_e.pupil_id
			join enrolment e on e.pupil_id = p.id
			join school_class c on c.id = e.class_id
			join school_year y on y.id = c.school_year_id
			where now_e.class_id = ? and now_e.left_on is null and y.start_year = ? and c.school_id = ?
			order by p.id, e.enrolled_on desc""";

	private final JdbcTemplate jdbc;

	private final HeldKeySigning keys;

	private final RegistryTransactions registry;

	private final TransparencyLog log;

	DemoRegistryHistory(JdbcTemplate jdbc, HeldKeySigning keys, RegistryTransactions registry, TransparencyLog log) {
		this.jdbc = jdbc;
		this.keys = keys;
		this.registry = registry;
		this.log = log;
	}

	/** Puts last year's records of the showcase class into the registry and locks them; answers how many. */
	int put(String password, long seed) {

		long started = System.nanoTime();
		List<Map<String, Object>> showcase = jdbc.queryForList(SHOWCASE);
		if (showcase.isEmpty()) {
			return 0;
		}
		Map<String, Object> classRow = showcase.get(0);
		long schoolId = number(classRow, "school_id");
		long teacherId = number(classRow, "teacher_id");
		int lastYear = ((Number) classRow.get("start_year")).intValue() - 1;
		long principalId = jdbc.queryForObject("select staff_id from staff_role where school_id = ? "
				+ "and role = 'PRINCIPAL' order by staff_id limit 1", Long.class, schoolId);

		Signers signers = new Signers(password.toCharArray(), schoolId, teacherId, principalId);
		NationalRecord.School school = school(schoolId);
		NationalRecord.Issue issue = issue(schoolId, teacherId, principalId, lastYear, school.province());
		SplittableRandom random = new SplittableRandom(seed + lastYear);

		List<byte[]> signed = new ArrayList<>();
		Long lastYearId = null;
		for (Map<String, Object> pupil : jdbc.queryForList(PUPILS, number(classRow, "class_id"), lastYear,
				schoolId)) {
			lastYearId = number(pupil, "school_year_id");
			YearRecord record = DemoRecords.earlierYear(random, number(pupil, "id"), lastYearId,
					number(pupil, "class_id"), ((Number) pupil.get("grade")).intValue());
			signed.add(signers.sign(NationalRecordXml.write(national(record, pupil, school, issue, lastYear))));
		}
		if (signed.isEmpty()) {
			LOG.info("Demo history in the registry: no pupil of 4A was at the school in {}-{}.", lastYear,
					lastYear + 1);
			return 0;
		}

		TransactionResponse answer = registry.receive(transaction((String) classRow.get("school_code"), lastYear,
				signed, signers.issue));
		if (answer.records() == null) {
			throw new IllegalStateException("The demo's history was refused by the registry: "
					+ answer.errorDescription());
		}
		TransparencyLog.Locked locked = log.lock(schoolId, lastYearId);

		LOG.info("Demo history in the registry: {} records of {}-{} submitted, {} locked into the transparency log, "
				+ "in {} ms.", signed.size(), lastYear, lastYear + 1, locked.records(),
				(System.nanoTime() - started) / 1_000_000);
		return locked.records();
	}

	/** The three demo keys, each unlocked once for the whole class. */
	private final class Signers {

		final HeldKeySigning.HeldKey teacher;

		final HeldKeySigning.HeldKey principal;

		final HeldKeySigning.HeldKey issue;

		private final long schoolId;

		private final long teacherId;

		private final long principalId;

		Signers(char[] password, long schoolId, long teacherId, long principalId) {
			this.schoolId = schoolId;
			this.teacherId = teacherId;
			this.principalId = principalId;
			this.teacher = keys.hold(certificate("staff_id = ? and role = 'TEACHER'", teacherId), password);
			this.principal = keys.hold(certificate("staff_id = ? and role = 'PRINCIPAL'", principalId), password);
			this.issue = keys.hold(certificate("school_id = ? and role = 'SCHOOL_ISSUE' and registration = "
					+ "'APPROVED'", schoolId), password);
		}

		byte[] sign(byte[] xml) {
			byte[] signed = teacher.sign(xml, CertificateRole.TEACHER, teacherId);
			signed = principal.sign(signed, CertificateRole.PRINCIPAL, principalId);
			return issue.sign(signed, CertificateRole.SCHOOL_ISSUE, schoolId);
		}

		private long certificate(String condition, long holder) {
			return jdbc.queryForObject("select id from signing_certificate where " + condition
					+ " and status = 'VALID' order by id desc limit 1", Long.class, holder);
		}

	}

	private static TransactionRequest transaction(String schoolCode, int year, List<byte[]> records,
			HeldKeySigning.HeldKey issue) {
		AuthenticationRequest sender = AuthenticationRequest.of(schoolCode, year, "demo-history-" + UUID.randomUUID(),
				TransactionType.SUBMIT);
		return TransactionSignature.sign(
				new TransactionRequest(sender, TransactionContent.encode(RecordList.of(records)), null),
				issue.privateKey(), issue.certificate());
	}

	private NationalRecord national(YearRecord record, Map<String, Object> pupil, NationalRecord.School school,
			NationalRecord.Issue issue, int year) {

		long pupilId = number(pupil, "id");
		String yearName = year + "-" + (year + 1);
		NationalRecord.PupilDetails details = new NationalRecord.PupilDetails(
				(String) pupil.get("registration_number"), (String) pupil.get("full_name"),
				(String) pupil.get("personal_id"), (String) pupil.get("ministry_code"),
				"F".equals(pupil.get("sex")) ? "Nữ" : "Nam", date(pupil.get("birth_date")), null, null, null, null,
				(String) pupil.get("place_of_birth"), (String) pupil.get("home_town"),
				(String) pupil.get("residence"), (String) pupil.get("ethnicity"), (String) pupil.get("nationality"),
				guardian(pupilId, "FATHER"), guardian(pupilId, "MOTHER"), guardian(pupilId, "GUARDIAN"));

		return NationalRecords.from(record, new NationalRecords.Context(yearName, (String) pupil.get("class_name"),
				school, details, issue, history(pupilId, year)));
	}

	/** The study history up to that year, as the national form lists it. */
	private List<NationalRecord.StudyYear> history(long pupilId, int upToYear) {
		return jdbc.query("""
				select y.start_year, c.name, s.name, e.enrolled_on from enrolment e
				join school_class c on c.id = e.class_id join school_year y on y.id = c.school_year_id
				join school s on s.id = c.school_id
				where e.pupil_id = ? and y.start_year <= ? order by y.start_year, e.enrolled_on""",
				(row, i) -> new NationalRecord.StudyYear(row.getInt(1) + "-" + (row.getInt(1) + 1), row.getString(2),
						row.getString(3), row.getObject(4, LocalDate.class)), pupilId, upToYear);
	}

	private NationalRecord.School school(long schoolId) {
		return jdbc.queryForObject("""
				select d.code, d.name, s.ministry_code, s.name, d.province_name, u.name from school s
				join administrative_unit u on u.id = s.unit_id join department d on d.id = u.department_id
				where s.id = ?""", (row, i) -> new NationalRecord.School(row.getString(1), row.getString(2),
						row.getString(3), row.getString(4), row.getString(5), row.getString(6), row.getString(5)),
				schoolId);
	}

	/** Made and issued at the end of that school year; the signatures themselves are made now. */
	private NationalRecord.Issue issue(long schoolId, long teacherId, long principalId, int year, String place) {
		String[] principal = person(principalId);
		String[] teacher = person(teacherId);
		String position = jdbc.queryForObject("select coalesce(position, 'Hiệu trưởng') from staff where id = ?",
				String.class, principalId);
		return new NationalRecord.Issue(principal[0], principal[1], position, place,
				OffsetDateTime.of(year + 1, 5, 25, 8, 30, 0, 0, VIETNAM),
				OffsetDateTime.of(year + 1, 5, 31, 9, 0, 0, 0, VIETNAM), teacher[0], teacher[1]);
	}

	private String[] person(long staffId) {
		return jdbc.queryForObject("select full_name, personal_id from staff where id = ?",
				(row, i) -> new String[] { row.getString(1), row.getString(2) }, staffId);
	}

	private String guardian(long pupilId, String relation) {
		return jdbc.queryForList("select full_name from guardian where pupil_id = ? and relation = ? limit 1",
				String.class, pupilId, relation).stream().findFirst().orElse(null);
	}

	private static LocalDate date(Object value) {
		return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
	}

	private static long number(Map<String, Object> row, String column) {
		return ((Number) row.get(column)).longValue();
	}

}
