package vn.edu.hocbaso.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.edu.hocbaso.organisation.Role;
import vn.edu.hocbaso.testing.OrganisationFixture;
import vn.edu.hocbaso.testing.WebIntegrationTest;

/**
 * Notices reach the people they are meant for, and each person reads and clears her own.
 */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoticesIT {

	@Autowired
	Notices notices;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	OrganisationFixture org;

	@BeforeAll
	void createOrganisation() {
		org = new OrganisationFixture(jdbc, encoder);
	}

	@Test
	void schoolNoticeReachesTheRolesNamedAtThatSchoolOnly() {

		int sent = notices.toSchool(org.schoolA.id, List.of(Role.PRINCIPAL, Role.VICE_PRINCIPAL),
				"notices.test.school", List.of("4A", "30/06/2027"));

		assertThat(sent).isEqualTo(2);
		assertThat(keysOf(org.schoolA.principal)).contains("notices.test.school");
		assertThat(keysOf(org.schoolA.vicePrincipal)).contains("notices.test.school");
		assertThat(keysOf(org.schoolA.clerk)).doesNotContain("notices.test.school");
		assertThat(keysOf(org.schoolB.principal)).doesNotContain("notices.test.school");
		assertThat(notices.unread(staffOf(org.schoolA.principal)).get(0).arguments()).containsExactly("4A",
				"30/06/2027");
	}

	@Test
	void schoolNoticeToHomeroomTeachersReachesTheTeachersOfTheSchoolsClasses() {

		notices.toSchool(org.schoolB.id, List.of(Role.HOMEROOM_TEACHER), "notices.test.teachers", List.of());

		assertThat(keysOf(org.schoolB.homeroomTeacher)).contains("notices.test.teachers");
		assertThat(keysOf(org.schoolA.homeroomTeacher)).doesNotContain("notices.test.teachers");
		assertThat(keysOf(org.schoolB.subjectTeacher)).doesNotContain("notices.test.teachers");
	}

	@Test
	void classNoticeReachesItsHomeroomTeacher() {

		assertThat(notices.toHomeroomTeacher(org.schoolA.class4a, "notices.test.class", List.of("4A"))).isOne();
		assertThat(notices.toHomeroomTeacher(org.schoolA.class5a, "notices.test.class", List.of("5A"))).isZero();

		assertThat(keysOf(org.schoolA.homeroomTeacher)).contains("notices.test.class");
	}

	@Test
	void departmentNoticeReachesOfficersAndAdministrators() {

		assertThat(notices.toDepartment(org.departmentId, "notices.test.department", List.of())).isEqualTo(2);

		assertThat(keysOf(org.officer)).contains("notices.test.department");
		assertThat(keysOf(org.admin)).contains("notices.test.department");
		assertThat(keysOf(org.schoolA.principal)).doesNotContain("notices.test.department");
	}

	@Test
	void personMarksHerOwnNoticeReadOnce() {

		long clerk = staffOf(org.schoolB.clerk);
		notices.toStaff(clerk, "notices.test.read", List.of());
		Notice notice = notices.unread(clerk).get(0);
		long before = notices.countUnread(clerk);

		assertThat(notices.markRead(staffOf(org.schoolB.principal), notice.id())).isFalse();
		assertThat(notices.countUnread(clerk)).isEqualTo(before);

		assertThat(notices.markRead(clerk, notice.id())).isTrue();
		assertThat(notices.markRead(clerk, notice.id())).isFalse();
		assertThat(notices.countUnread(clerk)).isEqualTo(before - 1);
		assertThat(notices.unread(clerk)).extracting(Notice::id).doesNotContain(notice.id());
	}

	@Test
	void markAllReadClearsTheList() {

		long teacher = staffOf(org.schoolB.subjectTeacher);
		notices.toStaff(teacher, "notices.test.all", List.of());
		notices.toStaff(teacher, "notices.test.all", List.of());

		assertThat(notices.markAllRead(teacher)).isEqualTo(2);
		assertThat(notices.countUnread(teacher)).isZero();
	}

	private List<String> keysOf(String username) {
		return notices.unread(staffOf(username)).stream().map(Notice::messageKey).toList();
	}

	private long staffOf(String username) {
		return jdbc.queryForObject("select staff_id from account where username = ?", Long.class, username);
	}

}
