package vn.edu.hocbaso;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
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
		command.flatMap(requested -> requested.refusal(args)).ifPresent(HocBaSoApplication::refuse);
		ConfigurableApplicationContext context;
		try {
			context = application(args).run(args);
		}
		catch (CommandRefused ex) {
			refuse(ex.getMessage());
			return;
		}

		if (command.isPresent()) {
			System.exit(SpringApplication.exit(context));
		}
	}

	/**
	 * A command refused before it started: the reason on standard error (logging may not be set up yet), without
	 * a stack trace, and exit code 2, as the commands' own refusals.
	 */
	private static void refuse(String reason) {
		System.err.println(reason);
		System.exit(2);
	}

	/** The application for these arguments: a command runs without the web server, job executor and demo city. */
	static SpringApplication application(String... args) {

		SpringApplication application = new SpringApplication(HocBaSoApplication.class);
		Command.of(args).ifPresent(command -> {
			application.setWebApplicationType(WebApplicationType.NONE);
			application.addListeners(new CommandEnvironment(command));
		});

		return application;
	}

	/**
	 * The command-line commands. Each is an {@code ApplicationRunner} of its module that acts when its option is
	 * given and sets the exit code through {@code ExitCodeGenerator}; what they share (options checked before
	 * start-up, the configured environment checked before anything in it starts, no web server, exit when done)
	 * is done here, once.
	 */
	enum Command {

		/** {@code --generate-city --pupils=N [--seed=S]}: README "A city-scale dataset". */
		GENERATE_CITY(CityGenerationCommand.OPTION, "No city generated: ", List.of("pupils", "seed"),
				args -> CityGenerationCommand.Options.of(args, 0), environment -> Optional.empty()),

		/** {@code --benchmark-signing --records=N [--key-type=EC_P256|RSA_PSS_2048] [--threads=T]}. */
		BENCHMARK_SIGNING(SigningBenchmarkCommand.OPTION, "No signing benchmark: ",
				List.of("records", "key-type", "threads"),
				args -> SigningBenchmarkCommand.Options.of(args, KeyType.EC_P256), environment -> Optional.empty()),

		/**
		 * {@code --audit-registry}: README "Registry"; exit 0 clean, 1 naming what differs, 2 refused (also when
		 * there is no database or a running application holds it), 3 nothing to audit.
		 */
		AUDIT_REGISTRY(RegistryAuditCommand.OPTION, "No registry audit: ", List.of(),
				RegistryAuditCommand::checkOptions, RegistryAuditCommand::databaseRefusal),

		/** {@code --benchmark-registry --records=N [--batch=B] [--threads=T]}: README "Registry benchmark". */
		BENCHMARK_REGISTRY(RegistryBenchmarkCommand.OPTION, "No registry benchmark: ",
				List.of("records", "batch", "threads"), RegistryBenchmarkCommand.Options::of,
				environment -> Optional.empty());

		private final String option;

		private final String refusal;

		private final List<String> otherOptions;

		private final Consumer<String[]> optionCheck;

		private final Function<Environment, Optional<String>> environmentCheck;

		Command(String option, String refusal, List<String> otherOptions, Consumer<String[]> optionCheck,
				Function<Environment, Optional<String>> environmentCheck) {
			this.option = option;
			this.refusal = refusal;
			this.otherOptions = otherOptions;
			this.optionCheck = optionCheck;
			this.environmentCheck = environmentCheck;
		}

		static Optional<Command> of(String... args) {
			return Arrays.stream(values()).filter(command -> Arrays.asList(args).contains("--" + command.option))
				.findFirst();
		}

		/** Why the options are refused, at once, before half a minute of start-up; empty when they are good. */
		Optional<String> refusal(String[] args) {
			try {
				optionCheck.accept(args);
				checkKnown(args);
				return Optional.empty();
			}
			catch (IllegalArgumentException ex) {
				return Optional.of(refusal + ex.getMessage());
			}
		}

		/**
		 * A mistyped option ({@code --record=5} for {@code --records}) would otherwise run the command with its
		 * default and say nothing. Settings with a dot ({@code --app.database.url=…}) are Spring's and pass.
		 */
		private void checkKnown(String[] args) {
			for (String arg : args) {
				String name = arg.startsWith("--") ? arg.substring(2).split("=", 2)[0] : null;
				if (name != null && !name.equals(option) && !otherOptions.contains(name) && !name.contains(".")) {
					String known = otherOptions.isEmpty() ? "no other options"
							: otherOptions.stream().map(other -> "--" + other).collect(Collectors.joining(", "));
					throw new IllegalArgumentException("unknown option \"" + arg + "\": --" + option + " takes "
							+ known);
				}
			}
		}

		/** Why the command cannot run in the configured environment; asked before anything in it starts. */
		Optional<String> refusal(Environment environment) {
			return environmentCheck.apply(environment).map(reason -> refusal + reason);
		}

	}

	/**
	 * Puts {@link #COMMAND_PROPERTIES} before every other source, so no configuration turns them back on, then asks
	 * the command whether it can run in the environment as configured (which application.yml, the environment
	 * and the command line together decide): if not, the run ends there with {@link CommandRefused}, before a
	 * database is started or created.
	 */
	static final class CommandEnvironment implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

		private final Command command;

		CommandEnvironment(Command command) {
			this.command = command;
		}

		@Override
		public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {

			event.getEnvironment().getPropertySources()
				.addFirst(new MapPropertySource("command", COMMAND_PROPERTIES));

			command.refusal(event.getEnvironment()).ifPresent(reason -> {
				throw new CommandRefused(reason);
			});
		}

	}

	/**
	 * A command refused in its environment. Spring Boot ends a run abandoned this way without reporting it as a
	 * failure (no stack trace): the refusal is a mistake in how the command was started, not a fault.
	 */
	static final class CommandRefused extends SpringApplication.AbandonedRunException {

		private final String reason;

		CommandRefused(String reason) {
			this.reason = reason;
		}

		@Override
		public String getMessage() {
			return reason;
		}

	}

}
