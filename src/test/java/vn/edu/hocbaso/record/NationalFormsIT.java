package vn.edu.hocbaso.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.edu.hocbaso.testing.OrganisationFixture;

/**
 * The national XML of a stored record, with the organisation's data around it, is valid and reads back equal.
 */
@SpringBootTest
class NationalFormsIT {

	@Autowired
	RecordManagement management;

	@Autowired
	NationalForms forms;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void writesAValidRecordFromTheOrganisationsData() {

		OrganisationFixture org = new OrganisationFixture(jdbc, encoder);
		long teacherId = staffId(org.schoolA.homeroomTeacher);
		long principalId = staffId(org.schoolA.principal);
		jdbc.update("update staff set personal_id = ? where id = ?", "001075" + (100000 + principalId % 900000),
				principalId);
		long pupilId = org.pupil(org.schoolA.class4a, "Nguyễn Thị Ánh Dương");
		YearRecord opened = management.open(pupilId, org.schoolA.class4a, teacherId);
		management.change(opened.getId(), opened.getVersion(), teacherId, SampleRecords::complete);
		OffsetDateTime issuedAt = OffsetDateTime.of(2027, 5, 31, 9, 0, 0, 0, ZoneOffset.ofHours(7));

		NationalRecord national = forms.of(opened.getId(), principalId, issuedAt);
		byte[] xml = forms.xml(opened.getId(), principalId, issuedAt);

		assertThatNoException().isThrownBy(() -> NationalRecordXml.validate(xml));
		NationalRecord read = NationalRecordXml.read(xml);
		assertThat(read.pupil()).isEqualTo(national.pupil());
		assertThat(read.summary()).isEqualTo(national.summary());
		assertThat(read.subjects()).isEqualTo(national.subjects());
		assertThat(read.header().lookupCode()).isEqualTo(opened.getLookupCode());
		assertThat(read.pupil().fullName()).isEqualTo("Nguyễn Thị Ánh Dương");
		assertThat(read.pupil().motherName()).isEqualTo("Trần Thị Mẹ");
		assertThat(read.classYear().className()).isEqualTo("4A");
		assertThat(read.history()).hasSize(1);
		assertThat(read.issue().homeroomTeacherName()).startsWith("Giáo viên A");
	}

	private long staffId(String username) {
		return jdbc.queryForObject("select staff_id from account where username = ?", Long.class, username);
	}

}
