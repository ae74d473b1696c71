package vn.edu.hocbaso.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import vn.edu.hocbaso.testing.OrganisationFixture;
import vn.edu.hocbaso.testing.WebIntegrationTest;

/**
 * CSRF tokens on every form post, secure headers, and nothing but the login page without logging in.
 */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityHygieneIT {

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
	}

	/** Not carried out; sent back to the login page, as a form from an expired session would be. */
	@Test
	void postWithoutCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/logout").with(user(users.loadUserByUsername(org.officer))))
			.andExpect(redirectedUrl("/login?expired"));
		mvc.perform(post("/login").param("username", org.officer).param("password", OrganisationFixture.PASSWORD))
			.andExpect(redirectedUrl("/login?expired"))
			.andExpect(unauthenticated());
	}

	@Test
	void logoutWithTokenLogsOut() throws Exception {
		mvc.perform(post("/logout").with(csrf()).with(user(users.loadUserByUsername(org.officer))))
			.andExpect(redirectedUrl("/login?logout"));
	}

	@Test
	void pagesCarrySecureHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", Matchers.containsString("default-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", Matchers.containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "same-origin"));
	}

	@Test
	void loginFormCarriesTheCsrfToken() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("name=\"_csrf\"")));
	}

	@Test
	void anonymousVisitorIsSentToLogin() throws Exception {
		mvc.perform(get("/schools")).andExpect(redirectedUrlPattern("**/login"));
	}

	@Test
	void loginChangesTheSessionId() throws Exception {

		MockHttpSession session = new MockHttpSession();
		String before = session.getId();

		String after = mvc.perform(post("/login").session(session).with(csrf())
			.param("username", org.officer)
			.param("password", OrganisationFixture.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession()
			.getId();

		assertThat(after).isNotEqualTo(before);
	}

}
