package vn.edu.hocbaso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The command line of the README's "city-scale dataset": the application starts without its web server,
 * fills an empty database given by URL, prints progress, the rate and the baseline, and refuses a second city.
 */
@ExtendWith(OutputCaptureExtension.class)
class CityGenerationCommandIT {

	private static EmbeddedPostgres server;

	@BeforeAll
	static void startAnEmptyDatabase() throws IOException {
		server = EmbeddedPostgres.builder().start();
	}

	@AfterAll
	static void stopTheDatabase() throws IOException {
		server.close();
	}

	@Test
	void generatesACityFromTheCommandLineAndRefusesASecondOne(CapturedOutput output) {

		String[] args = { "--generate-city", "--pupils=3000", "--seed=5",
				"--app.database.url=" + server.getJdbcUrl("postgres", "postgres"), "--app.database.username=postgres",
				"--camunda.bpm.job-execution.enabled=false" };

		try (ConfigurableApplicationContext context = HocBaSoApplication.application(args).run(args)) {
			assertThat(HocBaSoApplication.application(args).getWebApplicationType()).isEqualTo(WebApplicationType.NONE);
		}

		JdbcTemplate jdbc = new JdbcTemplate(server.getPostgresDatabase());
		assertThat(jdbc.queryForObject("select count(*) from pupil", Integer.class)).isBetween(2_500, 3_500);
		assertThat(jdbc.queryForObject("select count(*) from account where username = 'admin'", Integer.class))
			.isOne();
		assertThat(output).contains("pupils written").contains("pupils/s").contains("Baseline, same run");

		try (ConfigurableApplicationContext again = HocBaSoApplication.application(args).run(args)) {
			assertThat(SpringApplication.exit(again)).isEqualTo(2);
		}
		assertThat(output).contains("No city generated: The database already holds");
		assertThat(jdbc.queryForObject("select count(*) from department", Integer.class)).isOne();
	}

	@Test
	void refusesABadPupilCountWithExitCodeTwo(CapturedOutput output) {
		for (String pupils : new String[] { "abc" }) {
			String[] args = { "--generate-city", "--pupils=" + pupils,
					"--app.database.url=" + server.getJdbcUrl("postgres", "postgres"),
					"--app.database.username=postgres", "--camunda.bpm.job-execution.enabled=false" };

			try (ConfigurableApplicationContext context = HocBaSoApplication.application(args).run(args)) {
				assertThat(SpringApplication.exit(context)).as(pupils).isEqualTo(2);
			}
		}

		assertThat(output).contains("No city generated: --pupils must be a whole number, not \"abc\"");
	}

}
