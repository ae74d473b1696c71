package vn.edu.hocbaso.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.edu.hocbaso.testing.OrganisationFixture;

/**
 * Records on the real database: JSONB results survive a save, a stale version is refused, every change is
 * audited, and a locked record cannot change even with SQL.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordManagementIT {

	@Autowired
	RecordManagement management;

	@Autowired
	YearRecordRepository records;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	OrganisationFixture org;

	long teacherId;

	@BeforeAll
	void createOrganisation() {
		org = new OrganisationFixture(jdbc, encoder);
		teacherId = jdbc.queryForObject("select staff_id from account where username = ?", Long.class,
				org.schoolA.homeroomTeacher);
	}

	@Test
	void savesAndLoadsARecordWithItsResults() {

		YearRecord opened = open("Nguyễn Thị Hoa");
		YearRecord saved = management.change(opened.getId(), opened.getVersion(), teacherId, SampleRecords::complete);

		YearRecord loaded = records.findById(saved.getId()).orElseThrow();

		assertThat(loaded.getGrade()).isEqualTo(4);
		assertThat(loaded.getLookupCode()).isEqualTo(opened.getLookupCode());
		assertThat(loaded.subjectResults()).isEqualTo(SampleRecords.complete(4).subjectResults())
			.containsEntry(Subject.TV, new SubjectResult(SubjectLevel.COMPLETED_WELL, 9, "Em học tốt, tiến bộ rõ."));
		assertThat(loaded.traitLevels()).hasSize(15).containsEntry(Trait.TRUNG_THUC, TraitLevel.GOOD);
		assertThat(loaded.blockComment(Trait.Block.QUALITY)).isEqualTo("Em lễ phép, chăm chỉ & trung thực.");
		assertThat(loaded.getHeight()).isEqualByComparingTo(new BigDecimal("128.5"));
		assertThat(loaded.getConfirmedResult()).isEqualTo(OverallResult.HTXS);
		assertThat(loaded.suggestedResult()).hasValue(OverallResult.HTXS);
		assertThat(loaded.getVersion()).isGreaterThan(opened.getVersion());
		assertThat(records.findByClassIdOrderById(org.schoolA.class4a)).extracting(YearRecord::getId)
			.contains(loaded.getId());
	}

	@Test
	void refusesAChangeMadeOnAStaleVersion() {

		YearRecord opened = open("Trần Văn Bình");
		long seen = opened.getVersion();
		management.change(opened.getId(), seen, teacherId, r -> r.assessSubject(Subject.TV, SubjectLevel.COMPLETED));

		assertThatExceptionOfType(ObjectOptimisticLockingFailureException.class).isThrownBy(() -> management
			.change(opened.getId(), seen, teacherId, r -> r.assessSubject(Subject.TV, SubjectLevel.NOT_COMPLETED)));
		assertThat(records.findById(opened.getId()).orElseThrow().subjectResult(Subject.TV).level())
			.isEqualTo(SubjectLevel.COMPLETED);
	}

	@Test
	void refusesToSaveAStaleCopyOfARecord() {

		YearRecord opened = open("Lê Thị Cúc");
		YearRecord first = records.findById(opened.getId()).orElseThrow();
		YearRecord second = records.findById(opened.getId()).orElseThrow();

		first.remark("Em ngoan.");
		records.save(first);
		second.remark("Em chăm.");

		assertThatExceptionOfType(ObjectOptimisticLockingFailureException.class)
			.isThrownBy(() -> records.save(second));
	}

	@Test
	void auditsEveryChangeWithWhoWhenAndValues() {

		YearRecord opened = open("Phạm Minh Đức");
		YearRecord changed = management.change(opened.getId(), opened.getVersion(), teacherId,
				r -> r.recordScore(Subject.TOAN, 7));
		management.change(opened.getId(), changed.getVersion(), teacherId, r -> r.recordScore(Subject.TOAN, 8));

		assertThat(management.history(opened.getId()))
			.extracting(RecordAudit::getField, RecordAudit::getOldValue, RecordAudit::getNewValue)
			.containsExactly(tuple("created", null, opened.getLookupCode().toString()),
					tuple("subject.TOAN.score", null, "7"),
					tuple("subject.TOAN.score", "7", "8"));
		assertThat(management.history(opened.getId())).allSatisfy(row -> {
			assertThat(row.getStaffId()).isEqualTo(teacherId);
			assertThat(row.getChangedAt()).isNotNull();
		});
	}

	@Test
	void marksOnlyARecordWithoutErrorsComplete() {

		YearRecord opened = open("Vũ Thị Én");
		assertThatExceptionOfType(RecordHasErrors.class)
			.isThrownBy(() -> management.markComplete(opened.getId(), opened.getVersion(), teacherId));
		assertThat(management.check(opened.getId())).extracting(Finding::field).doesNotContain("pupil.personalId");

		YearRecord filled = management.change(opened.getId(), opened.getVersion(), teacherId, SampleRecords::complete);
		YearRecord complete = management.markComplete(filled.getId(), filled.getVersion(), teacherId);

		assertThat(records.findById(complete.getId()).orElseThrow().isComplete()).isTrue();
	}

	@Test
	void opensOneRecordPerPupilOfAClassOnce() {

		long first = org.pupil(org.schoolA.class5a, "Hà Văn Khoa");
		long second = org.pupil(org.schoolA.class5a, "Lý Thị Lan");

		List<YearRecord> opened = management.openClass(org.schoolA.class5a, teacherId);

		assertThat(opened).extracting(YearRecord::getPupilId).containsExactlyInAnyOrder(first, second);
		assertThat(opened).allSatisfy(record -> assertThat(record.getGrade()).isEqualTo(5));
		assertThat(management.openClass(org.schoolA.class5a, teacherId)).extracting(YearRecord::getId)
			.containsExactlyInAnyOrderElementsOf(opened.stream().map(YearRecord::getId).toList());
	}

	@Test
	void theDatabaseRefusesToChangeALockedRecord() {

		YearRecord opened = open("Đỗ Văn Giang");
		jdbc.update("update year_record set state = 'LOCKED' where id = ?", opened.getId());

		assertThatExceptionOfType(DataAccessException.class).isThrownBy(
				() -> jdbc.update("update year_record set teacher_remark = 'x' where id = ?", opened.getId()));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> jdbc.update("delete from year_record where id = ?", opened.getId()));
	}

	private YearRecord open(String name) {
		long pupilId = org.pupil(org.schoolA.class4a, name);
		return management.open(pupilId, org.schoolA.class4a, teacherId);
	}

}
