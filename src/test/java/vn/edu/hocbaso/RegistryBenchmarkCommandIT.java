package vn.edu.hocbaso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The README's registry benchmark from the command line, on an empty database given by URL: it signs, submits
 * and locks a few records, prints both figures beside their raw baselines with the ratios and the extrapolation,
 * leaves the records locked in the log, and refuses a database that already holds schools. The timings are not
 * checked: they depend on the machine.
 */
@ExtendWith(OutputCaptureExtension.class)
class RegistryBenchmarkCommandIT {

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
	void measuresIntakeAndLockBesideTheirBaselinesAndRefusesAFullDatabase(CapturedOutput output) {

		String[] args = { "--benchmark-registry", "--records=25", "--batch=10", "--threads=2",
				"--app.database.url=" + server.getJdbcUrl("postgres", "postgres"), "--app.database.username=postgres" };

		try (ConfigurableApplicationContext context = HocBaSoApplication.application(args).run(args)) {
			assertThat(SpringApplication.exit(context)).isZero();
		}

		assertThat(output)
			.containsPattern("Registry benchmark, intake: 25 records in transactions of 10 \\(2 threads\\), "
					+ "25 accepted, in [0-9.]+ s: [0-9]+ records/s with full verification")
			.containsPattern("signature verification alone: [0-9]+ records/s\\. The intake reached [0-9]+% of it")
			.containsPattern("lock: 25 records locked, appended to the log \\(tree size 25\\)")
			.containsPattern("a plain SQL update of the same rows \\(rolled back\\) in [0-9.]+ s")
			.containsPattern("The lock reached [0-9]+% of the raw update's rate")
			.containsPattern("Extrapolated, not measured: locking 770000 records at this rate would take [0-9.]+ s")
			.doesNotContain("records were rejected");
		JdbcTemplate jdbc = new JdbcTemplate(server.getPostgresDatabase());
		assertThat(jdbc.queryForObject("select count(*) from registry_record where status = 'LOCKED'", Integer.class))
			.isEqualTo(25);

		try (ConfigurableApplicationContext again = HocBaSoApplication.application(args).run(args)) {
			assertThat(SpringApplication.exit(again)).isEqualTo(2);
		}
		assertThat(output).contains("No registry benchmark: the database already holds 1 schools");
	}

}
