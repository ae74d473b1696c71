package vn.edu.hocbaso.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import vn.edu.hocbaso.browser.Views.PupilRow;
import vn.edu.hocbaso.testing.OrganisationFixture;
import vn.edu.hocbaso.testing.WebIntegrationTest;

/**
 * Pupil search ignores case and diacritics, finds a personal ID exactly, and stays inside the user's scope.
 */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PupilSearchIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	OrganisationFixture org;

	long anhInA4;

	long anhInA5;

	long anhInB4;

	long dangInA4;

	@BeforeAll
	void createOrganisation() {
		org = new OrganisationFixture(jdbc, encoder);
		anhInA4 = org.pupil(org.schoolA.class4a, "Nguyễn Thị Ánh");
		anhInA5 = org.pupil(org.schoolA.class5a, "Nguyễn Thị Ánh Dương");
		anhInB4 = org.pupil(org.schoolB.class4a, "NGUYỄN THỊ ÁNH");
		dangInA4 = org.pupil(org.schoolA.class4a, "Đặng Văn Đức");
	}

	@Test
	void findsNamesIgnoringDiacriticsAndCase() throws Exception {
		assertThat(ids(org.officer, "nguyen thi anh")).contains(anhInA4, anhInA5, anhInB4).doesNotContain(dangInA4);
		assertThat(ids(org.officer, "  NGUYEN   Thi  ánh ")).contains(anhInA4, anhInA5, anhInB4);
	}

	@Test
	void findsTheLetterDWithStrokeByPlainD() throws Exception {
		assertThat(ids(org.officer, "dang")).contains(dangInA4);
		assertThat(ids(org.officer, "Đặng văn đức")).contains(dangInA4);
	}

	@Test
	void findsAPupilByPersonalId() throws Exception {
		assertThat(ids(org.officer, org.personalIdOf(anhInB4))).containsExactly(anhInB4);
	}

	@Test
	void teacherFindsOnlyPupilsOfHerClasses() throws Exception {
		assertThat(ids(org.schoolA.homeroomTeacher, "nguyen thi anh")).containsExactly(anhInA4);
		assertThat(ids(org.schoolA.homeroomTeacher, org.personalIdOf(anhInB4))).isEmpty();
	}

	@Test
	void principalFindsOnlyPupilsOfHisSchool() throws Exception {
		assertThat(ids(org.schoolA.principal, "nguyen thi anh")).containsExactlyInAnyOrder(anhInA4, anhInA5);
	}

	@Test
	void wildcardsInTheQueryAreTakenLiterally() throws Exception {
		assertThat(ids(org.officer, "%")).isEmpty();
		assertThat(ids(org.officer, "_")).isEmpty();
	}

	@Test
	void resultPageShowsTheNamesEscaped() throws Exception {

		String page = mvc.perform(get("/pupils").param("q", "dang van duc")
			.with(user(users.loadUserByUsername(org.officer))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("Đặng Văn Đức", "/pupils/" + dangInA4);
	}

	@SuppressWarnings("unchecked")
	private List<Long> ids(String username, String query) throws Exception {

		Page<PupilRow> results = (Page<PupilRow>) mvc
			.perform(get("/pupils").param("q", query).with(user(users.loadUserByUsername(username))))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("results");

		return results.getContent().stream().map(PupilRow::id).toList();
	}

}
