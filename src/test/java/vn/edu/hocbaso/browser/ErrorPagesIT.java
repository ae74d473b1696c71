package vn.edu.hocbaso.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.edu.hocbaso.testing.OrganisationFixture;
import vn.edu.hocbaso.testing.WebClient;
import vn.edu.hocbaso.testing.WebIntegrationTest;

/**
 * Whatever a browser types into the address bar, it gets one of our pages in its language, never a JSON body
 * or a stack trace; and the language links keep the page and its query.
 */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesIT {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@LocalServerPort
	int port;

	OrganisationFixture org;

	@BeforeAll
	void createOrganisation() {
		org = new OrganisationFixture(jdbc, encoder);
	}

	@Test
	void blankIdIsABadRequestPage(CapturedOutput output) {
		WebClient browser = browser();
		for (String path : new String[] { "/pupils/%20", "/classes/%20", "/schools/%20", "/pupils/abc" }) {

			HttpResponse<String> response = browser.get(path);

			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
			assertThat(response.body()).contains("id=\"error\"", "Không thể xử lý yêu cầu")
				.doesNotContain("Internal Server Error", "\"status\"", "Exception");
		}
		assertThat(output.getAll()).doesNotContain("MissingPathVariableException");
	}

	@Test
	void badRequestPageSpeaksTheUsersLanguage() {

		HttpResponse<String> response = browser().get("/pupils/%20?lang=en");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("The request could not be processed");
	}

	@Test
	void errorIsAPageEvenForAJsonClient() {

		HttpResponse<String> response = browser().getJson("/pupils/%20");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).doesNotContain("Internal Server Error");
	}

	@Test
	void languageLinksKeepThePathAndQuery() {

		String page = browser().get("/pupils?q=nguyen+van&page=0&lang=vi").body();

		assertThat(page).contains("href=\"/pupils?q=nguyen+van&amp;page=0&amp;lang=en\"",
				"href=\"/pupils?q=nguyen+van&amp;page=0&amp;lang=vi\"");
	}

	@Test
	void languageLinksOfAnErrorPageKeepTheFailedPath() {
		assertThat(browser().get("/no-such-page?x=1").body()).contains("href=\"/no-such-page?x=1&amp;lang=en\"");
	}

	/** A browser of its own for each test: the language cookie of one must not leak into another. */
	private WebClient browser() {
		WebClient browser = new WebClient(port);
		browser.login(org.officer, OrganisationFixture.PASSWORD);
		return browser;
	}

}
