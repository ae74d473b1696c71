package vn.edu.hocbaso.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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

	@Autowired
	UserDetailsService users;

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

		mvc.perform(formLogin().user(username).password("wrong")).andExpect(redirectedUrl("/login?locked=15"));
		mvc.perform(formLogin().user(username).password(OrganisationFixture.PASSWORD))
			.andExpect(redirectedUrl("/login?locked=15"));

		assertThat(page("/login?locked=15")).contains("Tài khoản tạm thời bị khóa", "15 phút");
	}

	@Test
	void unknownUserIsLockedLikeAnAccountSoNamesCannotBeProbed() throws Exception {

		String username = "ghost." + org.tag;
		for (int attempt = 1; attempt < LoginAttempts.MAX_FAILURES; attempt++) {
			mvc.perform(formLogin().user(username).password("wrong")).andExpect(redirectedUrl("/login?error"));
		}

		mvc.perform(formLogin().user(username).password("wrong")).andExpect(redirectedUrl("/login?locked=15"));
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

	@Test
	void lockMessageSaysHowManyMinutesRemain() throws Exception {

		String username = org.schoolB.vicePrincipal;
		jdbc.update("update account set failed_attempts = 5, locked_until = now() + interval '7 minutes 30 seconds' "
				+ "where username = ?", username);

		mvc.perform(formLogin().user(username).password(OrganisationFixture.PASSWORD))
			.andExpect(redirectedUrl("/login?locked=8"));

		assertThat(page("/login?locked=8")).contains("8 phút").doesNotContain("15 phút");
		assertThat(page("/login?locked=1&lang=en")).contains("1 minute.");
		assertThat(page("/login?locked=abc")).contains("15 phút");
	}

	@Test
	void usernameIsAcceptedInAnyCase() throws Exception {
		mvc.perform(formLogin().user(capitalised(org.schoolB.principal)).password(OrganisationFixture.PASSWORD))
			.andExpect(redirectedUrl("/"));
		mvc.perform(formLogin().user(" " + org.schoolB.principal.toUpperCase() + " ")
			.password(OrganisationFixture.PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void failuresInAnyCaseCountForTheSameAccount() throws Exception {

		String username = org.schoolA.subjectTeacher;
		for (int attempt = 1; attempt < LoginAttempts.MAX_FAILURES; attempt++) {
			String typed = attempt % 2 == 0 ? username : capitalised(username);
			mvc.perform(formLogin().user(typed).password("wrong")).andExpect(redirectedUrl("/login?error"));
		}

		mvc.perform(formLogin().user(username.toUpperCase()).password("wrong"))
			.andExpect(redirectedUrl("/login?locked=15"));
	}

	@Test
	void usernameFieldIsNotCapitalisedByPhones() throws Exception {
		assertThat(page("/login")).contains("autocapitalize=\"none\"", "autocorrect=\"off\"",
				"spellcheck=\"false\"");
	}

	@Test
	void loginWithAnExpiredSessionAsksToLogInAgain() throws Exception {

		mvc.perform(post("/login").param("username", org.schoolA.principal)
			.param("password", OrganisationFixture.PASSWORD)
			.with(csrf().useInvalidToken())).andExpect(redirectedUrl("/login?expired"));
		mvc.perform(post("/login").param("username", org.schoolA.principal)
			.param("password", OrganisationFixture.PASSWORD)).andExpect(redirectedUrl("/login?expired"));

		assertThat(page("/login?expired")).contains("Phiên làm việc đã hết hạn, vui lòng đăng nhập lại");
		assertThat(page("/login?expired&lang=en")).contains("Your session has expired");
	}

	@Test
	void logoutOrAnyFormAfterTheSessionExpiredAsksToLogInAgain() throws Exception {
		mvc.perform(post("/logout")).andExpect(redirectedUrl("/login?expired"));
		mvc.perform(post("/logout").with(csrf().useInvalidToken())).andExpect(redirectedUrl("/login?expired"));
		mvc.perform(post("/pupils").param("q", "x")).andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void formWithoutTokenFromASignedInUserIsStillRefused() throws Exception {
		mvc.perform(post("/pupils").with(user(users.loadUserByUsername(org.schoolA.principal))))
			.andExpect(status().isForbidden());
	}

	private static String capitalised(String username) {
		return Character.toUpperCase(username.charAt(0)) + username.substring(1);
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
