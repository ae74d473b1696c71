package vn.edu.hocbaso;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The README's signing benchmark, run as every command is: without the web server, the job executor and the demo
 * city (even when asked for), printing the rate beside the raw Bouncy Castle rate of the same run, and refusing a
 * bad option with exit code 2.
 */
@ExtendWith(OutputCaptureExtension.class)
class SigningBenchmarkCommandIT {

	@Test
	void signsRecordsAndPrintsTheRateBesideTheRawRate(CapturedOutput output) {

		String[] args = { "--benchmark-signing", "--records=30", "--key-type=ECDSA", "--threads=1",
				"--app.demo.enabled=true" };

		try (ConfigurableApplicationContext context = HocBaSoApplication.application(args).run(args)) {
			assertThat(HocBaSoApplication.application(args).getWebApplicationType())
				.isEqualTo(WebApplicationType.NONE);
			assertThat(context.getEnvironment().getProperty("app.demo.enabled")).isEqualTo("false");
			assertThat(context.getEnvironment().getProperty("camunda.bpm.job-execution.enabled")).isEqualTo("false");
			assertThat(SpringApplication.exit(context)).isZero();
		}

		assertThat(output).contains("Signing benchmark: 30 records, 3 XML signatures each (EC_P256, 1 threads)")
			.contains("records/s").contains("Baseline, same run: raw Bouncy Castle EC_P256 signatures")
			.contains("% of the raw Bouncy Castle rate (target at least 60%)")
			.doesNotContain("Demo city created");
	}

	@Test
	void refusesABadRecordCountWithExitCodeTwo(CapturedOutput output) {

		String[] args = { "--benchmark-signing", "--records=abc" };

		try (ConfigurableApplicationContext context = HocBaSoApplication.application(args).run(args)) {
			assertThat(SpringApplication.exit(context)).isEqualTo(2);
		}

		assertThat(output).contains("No signing benchmark: --records must be a whole number, not \"abc\"");
	}

}
