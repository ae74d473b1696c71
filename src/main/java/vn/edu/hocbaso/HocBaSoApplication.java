package vn.edu.hocbaso;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import vn.edu.hocbaso.demo.CityGenerationCommand;
import vn.edu.hocbaso.registry.OfflineVerification;
import vn.edu.hocbaso.registry.RegistryAuditCommand;
import vn.edu.hocbaso.registry.RegistryBenchmarkCommand;
import vn.edu.hocbaso.signing.KeyType;
import vn.edu.hocbaso.signing.SigningBenchmarkCommand;

/**
 * Học bạ số: the digital primary-school record of a Vietnamese province or city.
 *
 * <p>Started with a {@link Command}'s option it runs that command instead of serving pages, then exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HocBaSoApplication {

	/** What a command does not need: it would slow the start, add load to what is measured, or keep the JVM up. */
	static final Map<String, Object> COMMAND_PROPERTIES = Map.of("camunda.bpm.job-execution.enabled", "false",
			"app.demo.enabled", "false", "app.registry.daily-checkpoint", "false");

	public static void main(String[] args) {

		// Offline means offline: no Spring context, no database, nothing but the JDK and the files given.
		if (Arrays.asList(args).contains("--" + OfflineVerification.OPTION)) {
			System.exit(OfflineVerification.run(args, System.out));
		}

		Optional<Command> command = Command.of(args);
		command.ifPresent(requested -> requested.checkOptions(args));
		ConfigurableApplicationContext context = application(args).run(args);

		if (command.isPresent()) {
			System.exit(SpringApplication.exit(context));
		}
	}

	/** The application for these arguments: a command runs without the web server, job executor and demo city. */
	static SpringApplication application(String... args) {

		SpringApplication application = new SpringApplication(HocBaSoApplication.class);
		if (Command.of(args).isPresent()) {
			application.setWebApplicationType(WebApplicationType.NONE);
			application.addListeners(new CommandEnvironment());
		}

		return application;
	}

	/**
	 * The command-line commands. Each is an {@code ApplicationRunner} of its module that acts when its option is
	 * given and sets the exit code through {@code ExitCodeGenerator}; what they share (options checked before
	 * start-up, no web server, exit when done) is done here, once.
	 */
	enum Command {

		/** {@code --generate-city --pupils=N [--seed=S]}: README "A city-scale dataset". */
		GENERATE_CITY(CityGenerationCommand.OPTION, "No city generated: ",
				args -> CityGenerationCommand.Options.of(args, 0)),

		/** {@code --benchmark-signing --records=N [--key-type=EC_P256|RSA_PSS_2048] [--threads=T]}. */
		BENCHMARK_SIGNING(SigningBenchmarkCommand.OPTION, "No signing benchmark: ",
				args -> SigningBenchmarkCommand.Options.of(args, KeyType.EC_P256)),

		/** {@code --audit-registry}: README "Registry"; exit 0 clean, 1 naming what differs. */
		AUDIT_REGISTRY(RegistryAuditCommand.OPTION, "No registry audit: ", args -> {
		}),

		/** {@code --benchmark-registry --records=N [--batch=B] [--threads=T]}: README "Registry benchmark". */
		BENCHMARK_REGISTRY(RegistryBenchmarkCommand.OPTION, "No registry benchmark: ",
				RegistryBenchmarkCommand.Options::of);

		private final String option;

		private final String refusal;

		private final Consumer<String[]> optionCheck;

		Command(String option, String refusal, Consumer<String[]> optionCheck) {
			this.option = option;
			this.refusal = refusal;
			this.optionCheck = optionCheck;
		}

		static Optional<Command> of(String... args) {
			return Arrays.stream(values()).filter(command -> Arrays.asList(args).contains("--" + command.option))
				.findFirst();
		}

		/**
		 * Refuses bad options at once, before half a minute of start-up. Logging is not set up yet, so the reason
		 * goes to standard error; the exit code is 2, as the command's own refusal.
		 */
		void checkOptions(String[] args) {
			try {
				optionCheck.accept(args);
			}
			catch (IllegalArgumentException ex) {
				System.err.println(refusal + ex.getMessage());
				System.exit(2);
			}
		}

	}

	/** Puts {@link #COMMAND_PROPERTIES} before every other source, so no configuration turns them back on. */
	static final class CommandEnvironment implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

		@Override
		public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
			event.getEnvironment().getPropertySources()
				.addFirst(new MapPropertySource("command", COMMAND_PROPERTIES));
		}

	}

}
