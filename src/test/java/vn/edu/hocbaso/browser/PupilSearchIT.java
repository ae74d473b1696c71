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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.edu.hocbaso.browser.Views.SearchResults;
import vn.edu.hocbaso.organisation.PupilHit;
import vn.edu.hocbaso.testing.OrganisationFixture;
import vn.edu.hocbaso.testing.WebIntegrationTest;

/**
 * Pupil search ignores case, diacritics and word order, finds a personal ID or pupil code exactly, stays inside
 * the user's scope and never shows a page that does not exist.
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

	long phucInA4;

	long movedToB4;

	@BeforeAll
	void createOrganisation() {
		org = new OrganisationFixture(jdbc, encoder);
		anhInA4 = org.pupil(org.schoolA.class4a, "Nguyễn Thị Ánh");
		anhInA5 = org.pupil(org.schoolA.class5a, "Nguyễn Thị Ánh Dương");
		anhInB4 = org.pupil(org.schoolB.class4a, "NGUYỄN THỊ ÁNH");
		dangInA4 = org.pupil(org.schoolA.class4a, "Đặng Văn Đức");
		phucInA4 = org.pupil(org.schoolA.class4a, "Lê Hải Phúc");
		movedToB4 = org.pupil(org.schoolA.class4a, "Trịnh Văn Chuyển");
		org.transfer(movedToB4, org.schoolB.class4a);
		for (int i = 0; i < 55; i++) {
			org.pupil(org.schoolB.class5a, "Khổng Minh Tú");
		}
		org.pupils(org.schoolB.class4a, "Mạc Văn Đông", OrganisationBrowser.MAX_COUNTED + 20);
	}

	@Test
	void findsEveryWordOfTheNameInAnyOrder() throws Exception {
		assertThat(ids(org.officer, "le phuc")).contains(phucInA4);
		assertThat(ids(org.officer, "Phúc LÊ")).contains(phucInA4);
		assertThat(ids(org.schoolA.homeroomTeacher, "phuc le")).containsExactly(phucInA4);
		assertThat(ids(org.officer, "le phuc duc")).doesNotContain(phucInA4);
	}

	@Test
	void findsAPersonalIdTypedWithSpaces() throws Exception {
		String spaced = org.personalIdOf(anhInB4).replaceAll("(\\d{3})(?!$)", "$1 ");

		assertThat(ids(org.officer, spaced)).containsExactly(anhInB4);
		assertThat(ids(org.schoolB.principal, spaced)).containsExactly(anhInB4);
	}

	@Test
	void findsAPupilByMinistryCode() throws Exception {
		String code = org.ministryCodeOf(dangInA4);

		assertThat(ids(org.officer, code.toLowerCase())).containsExactly(dangInA4);
		assertThat(ids(org.schoolA.principal, code)).containsExactly(dangInA4);
		assertThat(ids(org.schoolB.principal, code)).isEmpty();
	}

	@Test
	void asksForAtLeastTwoLetters() throws Exception {

		SearchResults results = results(org.officer, "n", null);

		assertThat(results.tooShort()).isTrue();
		assertThat(results.rows()).isEmpty();
	}

	@Test
	void formerSchoolNoLongerFindsATransferredPupil() throws Exception {
		assertThat(ids(org.schoolA.principal, "trinh van chuyen")).isEmpty();
		assertThat(ids(org.schoolA.homeroomTeacher, "trinh van chuyen")).isEmpty();
		assertThat(ids(org.schoolB.principal, "trinh van chuyen")).containsExactly(movedToB4);
		assertThat(ids(org.officer, "trinh van chuyen")).containsExactly(movedToB4);
	}

	@Test
	void resultsShowTheCurrentClassAndSchool() throws Exception {

		String page = page(org.officer, "trinh van chuyen");

		assertThat(page).contains("Trường Tiểu học B " + org.tag, "4A");
	}

	@Test
	void pageBeyondTheLastShowsTheLastPage() throws Exception {
		for (String user : new String[] { org.officer, org.schoolB.principal }) {
			SearchResults results = results(user, "khong minh tu", "99999");

			assertThat(results.page()).isEqualTo(1);
			assertThat(results.totalPages()).isEqualTo(2);
			assertThat(results.rows()).hasSize(5);
			assertThat(results.hasNext()).isFalse();
		}
	}

	@Test
	void departmentStopsCountingAndAsksToNarrowTheSearch() throws Exception {

		SearchResults results = results(org.officer, "mac van dong", "99999");

		assertThat(results.more()).isTrue();
		assertThat(results.total()).isEqualTo(OrganisationBrowser.MAX_COUNTED);
		assertThat(results.page()).isEqualTo(results.totalPages() - 1);
		assertThat(results.rows()).hasSize(OrganisationBrowser.PAGE_SIZE);
		assertThat(page(org.officer, "mac van dong")).contains("Có hơn 1.000 kết quả");
	}

	@Test
	void schoolCountsItsOwnPupilsExactly() throws Exception {

		SearchResults results = results(org.schoolB.principal, "mac van dong", null);

		assertThat(results.more()).isFalse();
		assertThat(results.total()).isEqualTo(OrganisationBrowser.MAX_COUNTED + 20);
	}

	@Test
	void negativePageShowsTheFirstPage() throws Exception {

		SearchResults results = results(org.schoolB.principal, "khong minh tu", "-1");

		assertThat(results.page()).isZero();
		assertThat(results.hasPrevious()).isFalse();
	}

	@Test
	void pageLinksPointOnlyToPagesThatExist() throws Exception {

		String page = mvc.perform(get("/pupils").param("q", "khong minh tu").param("page", "99999")
			.with(user(users.loadUserByUsername(org.officer))))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("Trang 2/2", "page=0").doesNotContain("page=2&", "page=99998");
	}

	@Test
	void countsInCorrectPlurals() throws Exception {
		assertThat(page(org.officer, "xyzxyz")).contains("Không tìm thấy học sinh nào.");
		assertThat(page(org.officer, "dang van duc")).contains("Tìm thấy 1 học sinh.");
		assertThat(pageIn("en", "xyzxyz")).contains("No pupils found.");
		assertThat(pageIn("en", "dang van duc")).contains("1 pupil found.").doesNotContain("1 pupils");
		assertThat(pageIn("en", "nguyen thi anh")).contains("3 pupils found.");
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
		assertThat(ids(org.officer, "%%")).isEmpty();
		assertThat(ids(org.officer, "__")).isEmpty();
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

	private List<Long> ids(String username, String query) throws Exception {
		return results(username, query, null).rows().stream().map(PupilHit::id).toList();
	}

	private SearchResults results(String username, String query, String page) throws Exception {

		MockHttpServletRequestBuilder request = get("/pupils").param("q", query)
			.with(user(users.loadUserByUsername(username)));
		if (page != null) {
			request.param("page", page);
		}

		return (SearchResults) mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("results");
	}

	private String page(String username, String query) throws Exception {
		return mvc.perform(get("/pupils").param("q", query).with(user(users.loadUserByUsername(username))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String pageIn(String language, String query) throws Exception {
		return mvc.perform(get("/pupils").param("q", query).param("lang", language)
			.with(user(users.loadUserByUsername(org.officer))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
