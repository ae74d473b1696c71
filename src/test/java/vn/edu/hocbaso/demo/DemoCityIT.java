package vn.edu.hocbaso.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.edu.hocbaso.organisation.PersonalId;
import vn.edu.hocbaso.organisation.Sex;
import vn.edu.hocbaso.registry.InclusionProof;
import vn.edu.hocbaso.registry.MerkleProofs;
import vn.edu.hocbaso.registry.RegistryIntake;
import vn.edu.hocbaso.registry.SignedCheckpoint;
import vn.edu.hocbaso.registry.TransparencyLog;
import vn.edu.hocbaso.signing.RecordVerification;

/**
 * The demo city that a fresh database gets at first start, checked the way a department would check imported
 * data: sizes, valid personal IDs, NFC names, a homeroom teacher for every class, logins that work.
 */
@SpringBootTest
class DemoCityIT {

	/** Other tests add small organisations of their own to the same database; these read the demo's only. */
	private static final String DEMO = """
			with demo_school as (select s.* from school s join administrative_unit u on u.id = s.unit_id
			  join department d on d.id = u.department_id where d.code = '01'),
			demo_class as (select c.* from school_class c join demo_school s on s.id = c.school_id
			  where c.school_year_id = (select id from school_year order by start_year desc limit 1)),
			demo_earlier_class as (select c.* from school_class c join demo_school s on s.id = c.school_id
			  where c.school_year_id <> (select id from school_year order by start_year desc limit 1)),
			demo_pupil as (select distinct p.* from pupil p join enrolment e on e.pupil_id = p.id
			  join demo_class c on c.id = e.class_id),
			demo_staff as (select t.* from staff t join department d on d.id = t.department_id where d.code = '01')
			""";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	RegistryIntake intake;

	@Autowired
	TransparencyLog log;

	@Autowired
	RecordVerification verification;

	@Test
	void hasOneDepartmentThreeWardsFourSchoolsAndTenClassesEach() {
		assertThat(count("select count(*) from department where code = '01'")).isEqualTo(1);
		assertThat(count("""
				select count(*) from administrative_unit u join department d on d.id = u.department_id
				where d.code = '01'""")).isEqualTo(3);
		assertThat(count(DEMO + "select count(*) from demo_school")).isEqualTo(4);
		assertThat(jdbc.queryForList(DEMO + "select count(*) from demo_class group by school_id, grade", Integer.class))
			.hasSize(20)
			.containsOnly(2);
	}

	@Test
	void classesStartedTheYearWith28To35Pupils() {

		List<Integer> sizes = jdbc.queryForList(DEMO + """
				select count(*) from enrolment e join demo_class c on c.id = e.class_id
				where e.enrolled_on = (select starts_on from school_year where id = c.school_year_id)
				group by e.class_id""", Integer.class);

		assertThat(sizes).hasSize(40).allSatisfy(size -> assertThat(size).isBetween(28, 35));
	}

	@Test
	void everyPersonalIdIsValidAndMatchesSexAndBirthYear() {

		List<Map<String, Object>> people = jdbc.queryForList(DEMO + """
				select personal_id, sex, birth_date from demo_pupil
				union all select personal_id, sex, birth_date from demo_staff""");

		assertThat(people).hasSizeGreaterThan(1_000).allSatisfy(person -> {
			PersonalId id = new PersonalId((String) person.get("personal_id"));
			LocalDate birthDate = ((java.sql.Date) person.get("birth_date")).toLocalDate();
			id.checkMatches(Sex.valueOf((String) person.get("sex")), birthDate);
		});
		assertThat(count(DEMO + "select count(distinct personal_id) from demo_pupil"))
			.isEqualTo(count(DEMO + "select count(*) from demo_pupil"));
	}

	@Test
	void pupilsAreOfTheAgeOfTheirGrade() {

		List<Map<String, Object>> ages = jdbc.queryForList(DEMO + """
				select c.grade, y.start_year - extract(year from p.birth_date)::int as age
				from demo_pupil p join enrolment e on e.pupil_id = p.id and e.left_on is null
				join demo_class c on c.id = e.class_id join school_year y on y.id = c.school_year_id""");

		assertThat(ages).allSatisfy(row -> {
			int grade = (Integer) row.get("grade");
			assertThat((Integer) row.get("age")).isBetween(grade + 5, grade + 6);
		});
	}

	@Test
	void namesAreNfcAndSearchKeysHaveNoDiacritics() {

		List<Map<String, Object>> names = jdbc.queryForList(DEMO + """
				select full_name, search_name from demo_pupil
				union all select full_name, search_name from demo_staff""");

		assertThat(names).allSatisfy(row -> {
			String fullName = (String) row.get("full_name");
			assertThat(Normalizer.isNormalized(fullName, Normalizer.Form.NFC)).as(fullName).isTrue();
			assertThat((String) row.get("search_name")).matches("[a-z ]+");
		});
		assertThat(jdbc.queryForList(DEMO + "select g.full_name from guardian g join demo_pupil p on p.id = g.pupil_id",
				String.class))
			.allSatisfy(name -> assertThat(Normalizer.isNormalized(name, Normalizer.Form.NFC)).isTrue());
	}

	@Test
	void everyClassHasAHomeroomTeacherWithAnAccount() {
		assertThat(count(DEMO + """
				select count(*) from demo_class c where not exists (
				  select 1 from staff_role r join account a on a.staff_id = r.staff_id
				  where r.class_id = c.id and r.role = 'HOMEROOM_TEACHER')""")).isZero();
	}

	@Test
	void demoLoginsExistWithTheDemoPassword() {

		Map<String, String> roles = Map.of("admin", "ADMINISTRATOR", "canbo.so", "DEPARTMENT_OFFICER", "hieutruong1",
				"PRINCIPAL", "hieupho2", "VICE_PRINCIPAL", "vanthu3", "SCHOOL_CLERK", "gvcn1.4a", "HOMEROOM_TEACHER",
				"gvbm4.tienganh", "SUBJECT_TEACHER");

		roles.forEach((username, role) -> {
			String hash = jdbc.queryForObject("select password_hash from account where username = ?", String.class,
					username);
			assertThat(passwordEncoder.matches("hocbaso2026", hash)).as(username).isTrue();
			assertThat(jdbc.queryForList("""
					select r.role from staff_role r join account a on a.staff_id = r.staff_id where a.username = ?""",
					String.class, username)).as(username).contains(role);
		});
		assertThat(jdbc.queryForObject(DEMO + """
				select c.name from demo_class c join staff_role r on r.class_id = c.id
				join account a on a.staff_id = r.staff_id where a.username = 'gvcn1.4a'""", String.class))
			.isEqualTo("4A");
	}

	@Test
	void transferredPupilsKeepOneIdentityAcrossTwoSchools() {

		List<Map<String, Object>> moves = jdbc.queryForList(DEMO + """
				select e.pupil_id, count(distinct c.school_id) as schools,
				  count(*) filter (where e.left_on is null) as open
				from enrolment e join demo_class c on c.id = e.class_id
				group by e.pupil_id having count(*) > 1""");

		assertThat(moves).isNotEmpty().allSatisfy(move -> {
			assertThat(((Number) move.get("schools")).intValue()).isEqualTo(2);
			assertThat(((Number) move.get("open")).intValue()).isEqualTo(1);
		});
	}

	@Test
	void pupilsCarryTheirStudyHistoryFromGradeOne() {

		List<Map<String, Object>> histories = jdbc.queryForList(DEMO + """
				select p.id, count(*) as years, count(distinct e.registration_number) as registrations,
				  string_agg(c.grade::text, '' order by y.start_year) as grades,
				  max(y.start_year) - min(y.start_year) + 1 as span
				from demo_pupil p join enrolment e on e.pupil_id = p.id
				join school_class c on c.id = e.class_id join school_year y on y.id = c.school_year_id
				where not exists (select 1 from enrolment t where t.pupil_id = p.id
				  and t.left_on < (select starts_on from school_year order by start_year desc limit 1) + 365
				  and t.left_on > (select starts_on from school_year order by start_year desc limit 1))
				group by p.id""");

		assertThat(histories).hasSizeGreaterThan(1_000).allSatisfy(history -> {
			int years = ((Number) history.get("years")).intValue();
			assertThat((String) history.get("grades")).isEqualTo("12345".substring(0, years));
			assertThat(((Number) history.get("span")).intValue()).isEqualTo(years);
			assertThat(((Number) history.get("registrations")).intValue()).isOne();
		});
		assertThat(count(DEMO + "select count(*) from demo_earlier_class")).isEqualTo(4 * 2 * (4 + 3 + 2 + 1));
		assertThat(count(DEMO + """
				select count(*) from demo_earlier_class c
				where (select count(*) from staff_role r where r.class_id = c.id) <> 1
				  or not exists (select 1 from staff_role r join staff_role now_r on now_r.staff_id = r.staff_id
				    join demo_class now_c on now_c.id = now_r.class_id
				    where r.class_id = c.id and r.role = 'HOMEROOM_TEACHER' and now_r.role = 'HOMEROOM_TEACHER'
				      and now_c.school_id = c.school_id and right(now_c.name, 1) = right(c.name, 1))"""))
			.as("an earlier class has one role: its homeroom teacher, who went up with it").isZero();
	}

	@Test
	void everyPupilOfTheYearHasADraftRecordWithARealisticSpreadOfResults() {

		assertThat(count(DEMO + """
				select count(*) from demo_pupil p join enrolment e on e.pupil_id = p.id and e.left_on is null
				join demo_class c on c.id = e.class_id
				where not exists (select 1 from year_record r where r.pupil_id = p.id
				  and r.school_year_id = c.school_year_id and r.state = 'DRAFT' and not r.complete)""")).isZero();

		Map<String, Integer> results = new java.util.HashMap<>();
		jdbc.query(DEMO + """
				select coalesce(r.confirmed_result, 'NONE') as result, count(*) as n from year_record r
				join demo_class c on c.id = r.class_id group by 1""",
				(org.springframework.jdbc.core.RowCallbackHandler) row -> results.put(row.getString("result"),
						row.getInt("n")));
		int total = results.values().stream().mapToInt(Integer::intValue).sum();

		assertThat(results.getOrDefault("HTT", 0) + results.getOrDefault("HT", 0)).isGreaterThan(total / 2);
		assertThat(results.get("HTXS")).isPositive();
		assertThat(results.get("CHT")).isBetween(1, total / 15);
		assertThat(results.get("NONE")).as("records the checks will flag").isBetween(1, total / 10);
	}

	@Test
	void principalsAndSchoolsCanSignButNotEveryTeacherHasACertificate() {

		assertThat(count(DEMO + """
				select count(*) from staff_role r join demo_staff t on t.id = r.staff_id
				where r.role in ('PRINCIPAL', 'VICE_PRINCIPAL') and not exists (select 1 from signing_certificate c
				  where c.staff_id = r.staff_id and c.role = 'PRINCIPAL' and c.status = 'VALID')""")).isZero();
		assertThat(count(DEMO + """
				select count(*) from demo_school s where not exists (select 1 from signing_certificate c
				  where c.school_id = s.id and c.role = 'SCHOOL_ISSUE' and c.registration = 'APPROVED')""")).isZero();

		int teachers = count(DEMO + """
				select count(distinct r.staff_id) from staff_role r join demo_class c on c.id = r.class_id
				where r.role = 'HOMEROOM_TEACHER'""");
		int withCertificate = count(DEMO + """
				select count(distinct r.staff_id) from staff_role r join demo_class c on c.id = r.class_id
				join signing_certificate s on s.staff_id = r.staff_id and s.role = 'TEACHER'
				where r.role = 'HOMEROOM_TEACHER'""");
		assertThat(withCertificate).isBetween(teachers / 2, teachers * 7 / 10).isLessThan(teachers);
		assertThat(count("""
				select count(*) from signing_certificate c join account a on a.staff_id = c.staff_id
				where a.username = 'gvcn1.4a'""")).as("the demo teacher of 4A can sign").isOne();
	}

	@Test
	void lastYearsRecordsOf4AAreLockedInTheRegistryWithProofsThatVerify() {

		String lastYear = """
				select (select max(start_year) from school_year) - 1""";
		int pupilsWithLastYear = count(DEMO + """
				select count(distinct e.pupil_id) from enrolment e
				join staff_role r on r.class_id = e.class_id and r.role = 'HOMEROOM_TEACHER'
				join account a on a.staff_id = r.staff_id and a.username = 'gvcn1.4a'
				join school_class now_c on now_c.id = e.class_id
				join enrolment earlier on earlier.pupil_id = e.pupil_id
				join school_class c on c.id = earlier.class_id and c.school_id = now_c.school_id and c.grade = 3
				join school_year y on y.id = c.school_year_id and y.start_year = (""" + lastYear + ")"
				+ " where e.left_on is null");
		List<UUID> codes = jdbc.queryForList("""
				select r.lookup_code from registry_record r join enrolment e on e.pupil_id = r.pupil_id
				join staff_role sr on sr.class_id = e.class_id and sr.role = 'HOMEROOM_TEACHER'
				join account a on a.staff_id = sr.staff_id and a.username = 'gvcn1.4a'
				join school_year y on y.id = r.school_year_id
				where e.left_on is null and r.status = 'LOCKED' and y.start_year = (""" + lastYear + ")", UUID.class);

		assertThat(pupilsWithLastYear).isGreaterThan(20);
		assertThat(codes).hasSize(pupilsWithLastYear);
		for (UUID code : codes) {
			byte[] xml = intake.find(code).orElseThrow().xml();
			assertThat(verification.verify(xml).valid()).as("the signatures of %s", code).isTrue();
			InclusionProof proof = log.inclusionProof(code).orElseThrow();
			SignedCheckpoint checkpoint = log.checkpoints().stream()
				.filter(signed -> signed.checkpoint().size() == proof.treeSize())
				.reduce((first, second) -> second)
				.orElseThrow();
			assertThat(checkpoint.verify(log.departmentKey())).isTrue();
			assertThat(MerkleProofs.verifyInclusion(MerkleProofs.leafHash(xml), proof.leafIndex(), proof.treeSize(),
					proof.auditPath(), checkpoint.checkpoint().rootHash())).as("the proof of %s", code).isTrue();
		}
	}

	private int count(String sql) {
		return jdbc.queryForObject(sql, Integer.class);
	}

}
