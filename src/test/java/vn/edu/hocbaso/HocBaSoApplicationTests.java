package vn.edu.hocbaso;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;

/**
 * One way to run a command from the main class: each command is found by its option, and runs without the web
 * server; without a command the application serves pages.
 */
class HocBaSoApplicationTests {

	@Test
	void findsEachCommandByItsOptionAndRunsItWithoutTheWebServer() {

		assertThat(HocBaSoApplication.Command.of("--generate-city", "--pupils=3000"))
			.contains(HocBaSoApplication.Command.GENERATE_CITY);
		assertThat(HocBaSoApplication.Command.of("--records=5", "--benchmark-signing"))
			.contains(HocBaSoApplication.Command.BENCHMARK_SIGNING);
		assertThat(HocBaSoApplication.Command.of("--audit-registry"))
			.contains(HocBaSoApplication.Command.AUDIT_REGISTRY);
		assertThat(HocBaSoApplication.Command.of("--benchmark-registry", "--records=5"))
			.contains(HocBaSoApplication.Command.BENCHMARK_REGISTRY);
		assertThat(HocBaSoApplication.Command.of("--verify-offline", "--record=r.xml")).isEmpty();
		assertThat(HocBaSoApplication.Command.of("--records=5", "--server.port=0")).isEmpty();

		assertThat(HocBaSoApplication.application("--benchmark-signing").getWebApplicationType())
			.isEqualTo(WebApplicationType.NONE);
		assertThat(HocBaSoApplication.application("--generate-city").getWebApplicationType())
			.isEqualTo(WebApplicationType.NONE);
		assertThat(HocBaSoApplication.application().getWebApplicationType()).isEqualTo(WebApplicationType.SERVLET);
		assertThat(HocBaSoApplication.COMMAND_PROPERTIES).containsEntry("app.demo.enabled", "false")
			.containsEntry("camunda.bpm.job-execution.enabled", "false")
			.containsEntry("app.registry.daily-checkpoint", "false");
	}

	@Test
	void refusesAnOptionTheAuditDoesNotKnowAndPassesSettings() {

		String[] bogus = { "--audit-registry", "--bogus" };
		assertThat(HocBaSoApplication.Command.of(bogus).orElseThrow().refusal(bogus))
			.contains("No registry audit: unknown option \"--bogus\": --audit-registry takes no other options "
					+ "(the database is chosen with DATA_DIR or DB_URL)");
		String[] positional = { "--audit-registry", "data" };
		assertThat(HocBaSoApplication.Command.of(positional).orElseThrow().refusal(positional)).isPresent();

		String[] settings = { "--audit-registry", "--app.database.url=jdbc:postgresql://db/hocbaso" };
		assertThat(HocBaSoApplication.Command.of(settings).orElseThrow().refusal(settings)).isEmpty();
	}

	@Test
	void refusesAMistypedOptionOfEachCommandAndTakesItsOwn() {

		String[] mistyped = { "--benchmark-registry", "--record=5" };
		assertThat(HocBaSoApplication.Command.of(mistyped).orElseThrow().refusal(mistyped))
			.contains("No registry benchmark: unknown option \"--record=5\": --benchmark-registry takes --records, "
					+ "--batch, --threads");
		String[] city = { "--generate-city", "--pupils=10", "--seeds=3" };
		assertThat(HocBaSoApplication.Command.of(city).orElseThrow().refusal(city)).isPresent();

		String[] good = { "--benchmark-signing", "--records=5", "--key-type=RSA_PSS", "--threads=1",
				"--spring.main.banner-mode=off" };
		assertThat(HocBaSoApplication.Command.of(good).orElseThrow().refusal(good)).isEmpty();
	}

}
