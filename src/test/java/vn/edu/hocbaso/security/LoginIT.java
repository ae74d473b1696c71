package vn.edu.hocbaso.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import vn.edu.hocbaso.testing.OrganisationFixture;
import vn.edu.hocbaso.testing.WebIntegrationTest;

/**
 * Logging in: one answer for every wrong name or password, and a temporary lock after five failures.
 */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginIT {

	@Autowired
	MockMvc mvc;

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
	void rightPasswordLogsInAndGoesHome() throws Exception {
		mvc.perform(formLogin().user(org.schoolA.principal).password(OrganisationFixture.PASSWORD))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void wrongPasswordGetsTheGenericMessage() throws Exception {

		mvc.perform(formLogin().user(org.schoolA.clerk).password("wrong")).andExpect(redirectedUrl("/login?error"));

		assertThat(page("/login?error")).contains("Tên đăng nhập hoặc mật khẩu không đúng.")
			.doesNotContain("khóa");
	}

	@Test
	void unknownUserGetsTheSameMessage() throws Exception {
		mvc.perform(formLogin().user("nobody." + org.tag).password("wrong")).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void fiveFailuresLockTheAccountEvenForTheRightPassword() throws Exception {

		String username = org.schoolA.vicePrincipal;
		for (int attempt = 1; attempt < LoginAttempts.MAX_FAILURES; attempt++) {
			mvc.perform(formLogin().user(username).password("wrong")).andExpect(redirectedUrl("/login?error"));
		}

		mvc.perform(formLogin().user(username).password("wrong")).andExpect(redirectedUrl("/login?locked"));
		mvc.perform(formLogin().user(username).password(OrganisationFixture.PASSWORD))
			.andExpect(redirectedUrl("/login?locked"));

		assertThat(page("/login?locked")).contains("Tài khoản tạm thời bị khóa");
	}

	@Test
	void unknownUserIsLockedLikeAnAccountSoNamesCannotBeProbed() throws Exception {

		String username = "ghost." + org.tag;
		for (int attempt = 1; attempt < LoginAttempts.MAX_FAILURES; attempt++) {
			mvc.perform(formLogin().user(username).password("wrong")).andExpect(redirectedUrl("/login?error"));
		}

		mvc.perform(formLogin().user(username).password("wrong")).andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void successfulLoginResetsTheCount() throws Exception {

		String username = org.schoolB.clerk;
		for (int attempt = 1; attempt < LoginAttempts.MAX_FAILURES; attempt++) {
			mvc.perform(formLogin().user(username).password("wrong")).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin().user(username).password(OrganisationFixture.PASSWORD)).andExpect(redirectedUrl("/"));

		mvc.perform(formLogin().user(username).password("wrong")).andExpect(redirectedUrl("/login?error"));
		mvc.perform(formLogin().user(username).password(OrganisationFixture.PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void loginPageSpeaksEnglishOnRequest() throws Exception {
		assertThat(page("/login?lang=en")).contains("Log in", "id=\"login-submit\"", "name=\"username\"");
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
