package vn.edu.hocbaso.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.edu.hocbaso.testing.OrganisationFixture;
import vn.edu.hocbaso.testing.WebClient;
import vn.edu.hocbaso.testing.WebIntegrationTest;

/**
 * Camunda's Cockpit, Tasklist and Admin open for administrators with our login, and for nobody else.
 */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CamundaWebappIT {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	ProcessEngine engine;

	@LocalServerPort
	int port;

	OrganisationFixture org;

	@BeforeAll
	void createOrganisation() {
		org = new OrganisationFixture(jdbc, encoder);
	}

	@Test
	void administratorOpensCockpitAndIsKnownToCamunda() {

		WebClient browser = new WebClient(port);
		assertThat(browser.login(org.admin, OrganisationFixture.PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/"));

		// Tests name their engines uniquely; in the running application this is /camunda/app/cockpit/default/.
		HttpResponse<String> cockpit = browser.get("/camunda/app/cockpit/" + engine.getName() + "/");
		HttpResponse<String> user = browser.getJson("/camunda/api/admin/auth/user/" + engine.getName());

		assertThat(cockpit.statusCode()).as(() -> describe(cockpit)).isEqualTo(200);
		assertThat(cockpit.body()).containsIgnoringCase("cockpit");
		assertThat(user.statusCode()).as(() -> describe(user)).isEqualTo(200);
		assertThat(user.body()).contains("\"userId\":\"" + org.admin + "\"").contains("cockpit", "admin", "tasklist");
	}

	private static String describe(HttpResponse<String> response) {
		return response.uri() + " " + response.headers().map() + " " + response.body();
	}

	@Test
	void teacherIsRefusedTheCamundaWebapps() {

		WebClient browser = new WebClient(port);
		browser.login(org.schoolA.homeroomTeacher, OrganisationFixture.PASSWORD);

		HttpResponse<String> cockpit = browser.get("/camunda/app/cockpit/" + engine.getName() + "/");
		assertThat(cockpit.statusCode()).as(() -> describe(cockpit)).isEqualTo(403);
		assertThat(browser.getJson("/camunda/api/admin/auth/user/" + engine.getName()).statusCode()).isEqualTo(403);
		assertThat(browser.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(403);
	}

	@Test
	void principalAndDepartmentOfficerAreRefusedToo() {
		for (String username : new String[] { org.schoolA.principal, org.officer }) {
			WebClient browser = new WebClient(port);
			browser.login(username, OrganisationFixture.PASSWORD);
			assertThat(browser.get("/camunda/app/tasklist/" + engine.getName() + "/").statusCode()).isEqualTo(403);
		}
	}

	@Test
	void anonymousVisitorIsSentToTheLoginPage() {

		HttpResponse<String> response = new WebClient(port).get("/camunda/app/cockpit/" + engine.getName() + "/");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

}
