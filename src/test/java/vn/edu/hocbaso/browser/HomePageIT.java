package vn.edu.hocbaso.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import vn.edu.hocbaso.testing.OrganisationFixture;
import vn.edu.hocbaso.testing.WebIntegrationTest;

/**
 * The home page shows each role what concerns it, with real counts.
 */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HomePageIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	OrganisationFixture org;

	@BeforeAll
	void createOrganisation() {
		org = new OrganisationFixture(jdbc, encoder);
		org.pupil(org.schoolA.class4a, "Vũ Minh Khang");
		org.pupil(org.schoolA.class4a, "Đỗ Thu Hà");
		org.pupil(org.schoolA.class5a, "Bùi Gia Huy");
	}

	@Test
	void homeroomTeacherSeesHerClassWithItsSize() throws Exception {
		assertThat(home(org.schoolA.homeroomTeacher)).contains("data-role=\"HOMEROOM_TEACHER\"", "id=\"home-classes\"",
				"/classes/" + org.schoolA.class4a, "Giáo viên chủ nhiệm");
	}

	@Test
	void subjectTeacherSeesTheClassSheTeaches() throws Exception {
		assertThat(home(org.schoolA.subjectTeacher)).contains("data-role=\"SUBJECT_TEACHER\"",
				"/classes/" + org.schoolA.class5a);
	}

	@Test
	void principalSeesHisSchoolGradeByGrade() throws Exception {
		assertThat(home(org.schoolA.principal)).contains("data-role=\"PRINCIPAL\"", "Trường Tiểu học A " + org.tag,
				"Khối 4", "Khối 5", "Tổng cộng").doesNotContain("Trường Tiểu học B " + org.tag);
	}

	@Test
	void schoolSummaryCountsClassesInTheTotalRow() throws Exception {
		assertThat(home(org.schoolA.principal)).contains(">Số lớp<").doesNotContain(">Các lớp<")
			.containsSubsequence("Tổng cộng", "<td class=\"number\">2</td>", "<td class=\"number\">3</td>");
	}

	@Test
	void subjectTeacherSeesTheSubjectSheTeachesInEachClass() throws Exception {
		assertThat(home(org.schoolA.subjectTeacher)).containsSubsequence("/classes/" + org.schoolA.class5a,
				"Tiếng Anh");
		assertThat(home(org.schoolA.homeroomTeacher)).containsSubsequence("/classes/" + org.schoolA.class4a,
				"Chủ nhiệm");
	}

	@Test
	void vicePrincipalAndClerkSeeTheSameSchoolSummary() throws Exception {
		assertThat(home(org.schoolB.vicePrincipal)).contains("data-role=\"VICE_PRINCIPAL\"",
				"Trường Tiểu học B " + org.tag);
		assertThat(home(org.schoolB.clerk)).contains("data-role=\"SCHOOL_CLERK\"", "Trường Tiểu học B " + org.tag);
	}

	@Test
	void departmentOfficerSeesTheSchoolsOfTheDepartment() throws Exception {
		assertThat(home(org.officer)).contains("data-role=\"DEPARTMENT_OFFICER\"", "id=\"home-department\"",
				"Trường Tiểu học A " + org.tag, "Trường Tiểu học B " + org.tag);
	}

	@Test
	void administratorSeesTheDepartmentAndTheCamundaLink() throws Exception {
		assertThat(home(org.admin)).contains("data-role=\"ADMINISTRATOR\"", "Trường Tiểu học A " + org.tag,
				"/camunda/app/cockpit/default/");
		assertThat(home(org.officer)).doesNotContain("/camunda/");
	}

	@Test
	void schoolsPageListsTheDepartmentsSchoolsWithTheirCodes() throws Exception {

		String page = mvc.perform(get("/schools").with(user(users.loadUserByUsername(org.officer))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("Trường Tiểu học A " + org.tag, "Trường Tiểu học B " + org.tag,
				"/schools/" + org.schoolA.id, ">Mã trường<");
	}

	@Test
	void homePageSpeaksEnglishOnRequest() throws Exception {
		String page = mvc.perform(get("/").param("lang", "en").with(user(users.loadUserByUsername(org.officer))))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("Schools of the department", "Department officer", "lang=\"en\"");
	}

	@Test
	void homeroomTeacherAndTheSchoolFindTheSigningOfTheClass() throws Exception {

		String signing = "href=\"/signing/classes/" + org.schoolA.class4a + "\"";

		assertThat(home(org.schoolA.homeroomTeacher)).contains(signing, "Ký số học bạ lớp 4A");
		assertThat(home(org.schoolA.subjectTeacher)).doesNotContain("href=\"/signing/classes/");
		assertThat(page(org.schoolA.homeroomTeacher, "/classes/" + org.schoolA.class4a))
			.contains("id=\"signing-link\"", signing);
		assertThat(page(org.schoolA.principal, "/classes/" + org.schoolA.class4a)).contains(signing);
		assertThat(page(org.schoolA.clerk, "/classes/" + org.schoolA.class4a)).contains(signing);
		assertThat(page(org.schoolA.subjectTeacher, "/classes/" + org.schoolA.class5a))
			.doesNotContain("id=\"signing-link\"");
	}

	private String page(String username, String path) throws Exception {
		return mvc.perform(get(path).with(user(users.loadUserByUsername(username))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String home(String username) throws Exception {
		return mvc.perform(get("/").with(user(users.loadUserByUsername(username))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
