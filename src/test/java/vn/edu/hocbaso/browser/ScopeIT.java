package vn.edu.hocbaso.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

import vn.edu.hocbaso.testing.OrganisationFixture;
import vn.edu.hocbaso.testing.WebClient;
import vn.edu.hocbaso.testing.WebIntegrationTest;

/**
 * Each user sees only her part of the organisation; asking for another school's page by URL is refused.
 */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@LocalServerPort
	int port;

	OrganisationFixture org;

	long pupilA4;

	long pupilA5;

	long pupilB4;

	long movedFromA4ToB4;

	@BeforeAll
	void createOrganisation() {
		org = new OrganisationFixture(jdbc, encoder);
		pupilA4 = org.pupil(org.schoolA.class4a, "Lê Văn An");
		pupilA5 = org.pupil(org.schoolA.class5a, "Phạm Thị Bích");
		pupilB4 = org.pupil(org.schoolB.class4a, "Hoàng Văn Cường");
		movedFromA4ToB4 = org.pupil(org.schoolA.class4a, "Đỗ Văn Chuyển");
		org.transfer(movedFromA4ToB4, org.schoolB.class4a);
		for (String name : new String[] { "Bùi Văn Đức", "Trần Văn An", "Vũ Đình Dũng", "Phạm Văn Ân",
				"Lê Thị An", "Hoàng Thị Ánh" }) {
			org.pupil(org.schoolB.class5a, name);
		}
	}

	@Test
	void homeroomTeacherSeesHerClassAndItsPupils() throws Exception {
		String teacher = org.schoolA.homeroomTeacher;

		expect(teacher, "/classes/" + org.schoolA.class4a, status().isOk());
		expect(teacher, "/pupils/" + pupilA4, status().isOk());
		expect(teacher, "/schools/" + org.schoolA.id, status().isOk());
	}

	@Test
	void teacherIsRefusedAnotherSchoolsPupilClassAndSchool() throws Exception {
		String teacher = org.schoolA.homeroomTeacher;

		expect(teacher, "/pupils/" + pupilB4, status().isForbidden());
		expect(teacher, "/classes/" + org.schoolB.class4a, status().isForbidden());
		expect(teacher, "/schools/" + org.schoolB.id, status().isForbidden());
	}

	@Test
	void teacherIsRefusedOtherClassesOfHerOwnSchool() throws Exception {
		expect(org.schoolA.homeroomTeacher, "/classes/" + org.schoolA.class5a, status().isForbidden());
		expect(org.schoolA.homeroomTeacher, "/pupils/" + pupilA5, status().isForbidden());
	}

	@Test
	void subjectTeacherSeesTheClassSheTeaches() throws Exception {
		expect(org.schoolA.subjectTeacher, "/classes/" + org.schoolA.class5a, status().isOk());
		expect(org.schoolA.subjectTeacher, "/pupils/" + pupilA5, status().isOk());
		expect(org.schoolA.subjectTeacher, "/classes/" + org.schoolA.class4a, status().isForbidden());
	}

	@Test
	void principalSeesHisWholeSchoolButNotAnother() throws Exception {
		String principal = org.schoolA.principal;

		expect(principal, "/schools/" + org.schoolA.id, status().isOk());
		expect(principal, "/classes/" + org.schoolA.class5a, status().isOk());
		expect(principal, "/pupils/" + pupilA4, status().isOk());
		expect(principal, "/schools/" + org.schoolB.id, status().isForbidden());
		expect(principal, "/classes/" + org.schoolB.class4a, status().isForbidden());
		expect(principal, "/pupils/" + pupilB4, status().isForbidden());
	}

	@Test
	void clerkAndVicePrincipalSeeTheirSchoolOnly() throws Exception {
		expect(org.schoolB.clerk, "/pupils/" + pupilB4, status().isOk());
		expect(org.schoolB.clerk, "/pupils/" + pupilA4, status().isForbidden());
		expect(org.schoolB.vicePrincipal, "/schools/" + org.schoolB.id, status().isOk());
		expect(org.schoolB.vicePrincipal, "/schools/" + org.schoolA.id, status().isForbidden());
	}

	@Test
	void departmentOfficerSeesEverySchool() throws Exception {
		for (String path : new String[] { "/schools/" + org.schoolA.id, "/schools/" + org.schoolB.id,
				"/classes/" + org.schoolA.class4a, "/classes/" + org.schoolB.class4a, "/pupils/" + pupilA4,
				"/pupils/" + pupilB4 }) {
			expect(org.officer, path, status().isOk());
		}
	}

	@Test
	void schoolListShowsOnlyVisibleSchools() throws Exception {

		String forPrincipal = page(org.schoolA.principal, "/schools");
		String forOfficer = page(org.officer, "/schools");

		assertThat(forPrincipal).contains("Trường Tiểu học A " + org.tag)
			.doesNotContain("Trường Tiểu học B " + org.tag);
		assertThat(forOfficer).contains("Trường Tiểu học A " + org.tag, "Trường Tiểu học B " + org.tag);
	}

	@Test
	void formerSchoolAndTeacherLoseAccessToATransferredPupil() throws Exception {
		expect(org.schoolA.principal, "/pupils/" + movedFromA4ToB4, status().isForbidden());
		expect(org.schoolA.homeroomTeacher, "/pupils/" + movedFromA4ToB4, status().isForbidden());
		expect(org.schoolB.principal, "/pupils/" + movedFromA4ToB4, status().isOk());
		expect(org.schoolB.homeroomTeacher, "/pupils/" + movedFromA4ToB4, status().isOk());
		expect(org.officer, "/pupils/" + movedFromA4ToB4, status().isOk());
	}

	@Test
	void classListIsInVietnameseOrder() throws Exception {

		String page = page(org.schoolB.principal, "/classes/" + org.schoolB.class5a);

		assertThat(page).containsSubsequence("Lê Thị An", "Trần Văn An", "Hoàng Thị Ánh", "Phạm Văn Ân",
				"Vũ Đình Dũng", "Bùi Văn Đức");
	}

	@Test
	void pupilPageShowsTheCurrentClassAndSchoolAtTheTop() throws Exception {

		String page = page(org.officer, "/pupils/" + movedFromA4ToB4);

		assertThat(page).containsSubsequence("id=\"current-place\"", "4A", "Trường Tiểu học B " + org.tag,
				"Trần Thị Mẹ");
	}

	@Test
	void classPageNamesTheHomeroomTeacherAndListsPupils() throws Exception {
		assertThat(page(org.schoolA.principal, "/classes/" + org.schoolA.class4a))
			.contains("Giáo viên A " + org.tag, "Lê Văn An");
	}

	@Test
	void pupilPageShowsIdentityGuardiansAndStudyHistory() throws Exception {
		assertThat(page(org.schoolA.homeroomTeacher, "/pupils/" + pupilA4))
			.contains("Lê Văn An", org.personalIdOf(pupilA4), "Trần Thị Mẹ", "4A", "Trường Tiểu học A " + org.tag);
	}

	@Test
	void refusalIsAnErrorPageWithoutTechnicalDetails() {

		WebClient browser = new WebClient(port);
		browser.login(org.schoolA.homeroomTeacher, OrganisationFixture.PASSWORD);

		HttpResponse<String> response = browser.get("/pupils/" + pupilB4);

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("Không có quyền truy cập", "id=\"error\"")
			.doesNotContain("Exception", "at vn.edu", "OutOfScope");
	}

	@Test
	void unknownPageIsANotFoundPage() {

		WebClient browser = new WebClient(port);
		browser.login(org.officer, OrganisationFixture.PASSWORD);

		HttpResponse<String> response = browser.get("/no-such-page");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Không tìm thấy trang").doesNotContain("Exception");
	}

	private void expect(String username, String path, ResultMatcher status) throws Exception {
		mvc.perform(get(path).with(user(users.loadUserByUsername(username)))).andExpect(status);
	}

	private String page(String username, String path) throws Exception {
		return mvc.perform(get(path).with(user(users.loadUserByUsername(username))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
