package vn.edu.hocbaso.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Date;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.edu.hocbaso.record.RecordManagement;
import vn.edu.hocbaso.schoolyear.Deadlines;
import vn.edu.hocbaso.signing.CertificateAuthority;
import vn.edu.hocbaso.signing.SampleRecordFiles;
import vn.edu.hocbaso.signing.ServerKeySigner;
import vn.edu.hocbaso.testing.OrganisationFixture;
import vn.edu.hocbaso.testing.WebIntegrationTest;
import vn.edu.hocbaso.workflow.SchoolYearProcesses;

/**
 * The school year process's close-off locks the school's records in the registry too: on the real engine, with
 * its clock moved past the main close-off, the timer's job locks every accepted registry record of the school in
 * that year (at the engine's time), appends them to the transparency log and signs a checkpoint that covers them;
 * after that a withdrawal is refused. The test works in a school year of its own, long past, so that no other
 * test's timers move.
 */
@WebIntegrationTest
class RegistryCloseOffIT {

	private static final int START_YEAR = 2004;

	@Autowired
	RegistryTransactions transactions;

	@Autowired
	TransparencyLog log;

	@Autowired
	SchoolYearProcesses processes;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	RecordManagement records;

	@Autowired
	CertificateAuthority authority;

	@Autowired
	ServerKeySigner signer;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void theMainCloseOffLocksTheSchoolsRegistryRecordsAndSignsACheckpointOfThem() {

		OrganisationFixture org = new OrganisationFixture(jdbc, encoder);
		RegistrySchool school = new RegistrySchool(org, org.schoolA, true, authority, signer, jdbc);
		long yearId = schoolYear();
		long classId = acceptedClass(org, yearId);
		long pupilId = org.pupil(classId, "Đinh Thị Hằng");
		SampleRecordFiles.Pupil pupil = new SampleRecordFiles.Pupil("Đinh Thị Hằng", org.personalIdOf(pupilId),
				org.ministryCodeOf(pupilId));
		byte[] record = school.signedRecord(pupil, START_YEAR);
		UUID code = SampleRecordFiles.lookupCode(record);
		assertThat(transactions.receive(school.transaction("msg-" + UUID.randomUUID(), START_YEAR, record))
			.records()).extracting(RecordStatus::status).containsExactly(1);
		long checkpointsBefore = jdbc.queryForObject("select count(*) from registry_checkpoint", Long.class);

		ClockUtil.setCurrentTime(Date.from(LocalDate.of(START_YEAR, 12, 1).atStartOfDay(Deadlines.VIETNAM)
			.toInstant()));
		processes.openSchool(org.schoolA.id, yearId);
		ProcessInstance instance = runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey("school-" + org.schoolA.id + "-" + START_YEAR + "-" + (START_YEAR + 1))
			.singleResult();
		assertThat(state(code)).isEqualTo("ACCEPTED");
		fire(instance);
		Date closeOffRun = fire(instance);

		assertThat(state(code)).isEqualTo("LOCKED");
		assertThat(jdbc.queryForObject("select locked_at from registry_record where lookup_code = ?",
				Timestamp.class, code).toInstant()).isEqualTo(closeOffRun.toInstant());
		long leaf = jdbc.queryForObject("select leaf_index from registry_log_leaf where lookup_code = ?", Long.class,
				code);
		SignedCheckpoint latest = log.latestCheckpoint().orElseThrow();
		assertThat(jdbc.queryForObject("select count(*) from registry_checkpoint", Long.class))
			.isGreaterThan(checkpointsBefore);
		assertThat(latest.checkpoint().size()).isGreaterThan(leaf);
		assertThat(latest.checkpoint().timestamp()).isEqualTo(closeOffRun.toInstant());
		assertThat(log.inclusionProof(code)).isPresent();
	}

	/** Moves the engine's clock just past the waiting timer's date and runs it; the time it ran at. */
	private Date fire(ProcessInstance instance) {
		Job timer = management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
		Date at = new Date(timer.getDuedate().getTime() + 60_000);
		ClockUtil.setCurrentTime(at);
		management.executeJob(timer.getId());
		return at;
	}

	private long schoolYear() {
		jdbc.update("insert into school_year (start_year, starts_on, ends_on) values (?, ?, ?) "
				+ "on conflict (start_year) do nothing", START_YEAR, LocalDate.of(START_YEAR, 9, 5),
				LocalDate.of(START_YEAR + 1, 5, 31));
		return jdbc.queryForObject("select id from school_year where start_year = ?", Long.class, START_YEAR);
	}

	/** A class 4A of the school in that year whose records are accepted on the school's side. */
	private long acceptedClass(OrganisationFixture org, long yearId) {
		long teacherId = org.staffId(org.schoolA.homeroomTeacher);
		long classId = jdbc.queryForObject("insert into school_class (school_id, school_year_id, grade, name) "
				+ "values (?, ?, 4, '4A') returning id", Long.class, org.schoolA.id, yearId);
		jdbc.update("insert into staff_role (staff_id, role, school_id, class_id) values (?, 'HOMEROOM_TEACHER', ?, ?)",
				teacherId, org.schoolA.id, classId);
		org.pupil(classId, "Phạm Minh Anh");
		records.openClass(classId, teacherId);
		jdbc.update("update year_record set state = 'ACCEPTED' where class_id = ?", classId);
		return classId;
	}

	private String state(UUID lookupCode) {
		return jdbc.queryForObject("select status from registry_record where lookup_code = ?", String.class,
				lookupCode);
	}

}
