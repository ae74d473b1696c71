package vn.edu.hocbaso.demo;

import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * The command line's city generation: {@code --generate-city --pupils=770000 [--seed=2026]} fills the configured
 * (empty) database with a city of that size, prints progress and the rate, then measures a raw COPY of the same
 * pupil rows as a baseline, and the application exits.
 */
@Component
public class CityGenerationCommand implements ApplicationRunner, ExitCodeGenerator {

	public static final String OPTION = "generate-city";

	/** Twice Vietnam's primary pupils: beyond this a personal-ID prefix would run out of serial numbers. */
	private static final int MAX_PUPILS = 18_000_000;

	private static final Logger LOG = LoggerFactory.getLogger(CityGenerationCommand.class);

	private final CityGenerator generator;

	private final LoadBaseline baseline;

	private final DemoProperties properties;

	private int exitCode;

	CityGenerationCommand(CityGenerator generator, LoadBaseline baseline, DemoProperties properties) {
		this.generator = generator;
		this.baseline = baseline;
		this.properties = properties;
	}

	/** Whether the command line asks for a city; the application then runs without its web server. */
	public static boolean requested(String... args) {
		return Arrays.asList(args).contains("--" + OPTION);
	}

	@Override
	public void run(ApplicationArguments args) {

		if (!args.containsOption(OPTION)) {
			return;
		}
		try {
			Options options = Options.of(args.getSourceArgs(), properties.seed());
			generate(options.pupils(), options.seed());
		}
		catch (IllegalArgumentException | CityGenerator.CityNotEmpty ex) {
			// A mistake on the command line, not a fault: say what is wrong, without a stack trace.
			LOG.error("No city generated: {}", ex.getMessage());
			exitCode = 2;
		}
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

	private void generate(int pupils, long seed) {

		CitySize size = CitySize.ofPupils(pupils);
		LOG.info("Generating a city of about {} pupils: {} units, {} schools, {} classes.", pupils, size.units(),
				size.schools(), size.classes());

		GenerationReport report = generator.generate(size, seed, progress -> LOG.info(
				"{} / {} pupils written, {} pupils/s", progress.pupilsWritten(), progress.pupilsPlanned(),
				Math.round(progress.pupilsPerSecond())));
		LOG.info("City generated: {} schools, {} classes, {} staff, {} pupils in {} s: {} pupils/s, {} rows/s "
				+ "({} rows in all, indexes and constraints included).", report.schools(), report.classes(),
				report.staff(), report.pupils(), report.elapsed().toMillis() / 1000.0,
				Math.round(report.pupilsPerSecond()), Math.round(report.rowsPerSecond()), report.rows());

		LoadBaseline.Result raw = baseline.measure(report.pupils());
		LOG.info("Baseline, same run: raw COPY of {} pupil rows into a table without indexes or constraints: "
				+ "{} rows/s. The generation wrote rows at {}% of that rate.", raw.rows(),
				Math.round(raw.rowsPerSecond()), Math.round(100 * report.rowsPerSecond() / raw.rowsPerSecond()));
	}

	/**
	 * The command's options, checked before anything starts.
	 *
	 * @param pupils about how many pupils the city gets
	 * @param seed the random seed
	 */
	public record Options(int pupils, long seed) {

		/**
		 * Reads {@code --pupils} (default 770,000) and {@code --seed}.
		 * @throws IllegalArgumentException naming the option and what is wrong with it
		 */
		public static Options of(String[] args, long defaultSeed) {

			ApplicationArguments parsed = new DefaultApplicationArguments(args);
			int pupils = intOption(parsed, "pupils", 770_000);
			if (pupils < 1 || pupils > MAX_PUPILS) {
				throw new IllegalArgumentException("--pupils must be between 1 and " + MAX_PUPILS);
			}

			return new Options(pupils, intOption(parsed, "seed", (int) defaultSeed));
		}

		private static int intOption(ApplicationArguments args, String name, int fallback) {
			if (!args.containsOption(name) || args.getOptionValues(name).isEmpty()) {
				return fallback;
			}
			String value = args.getOptionValues(name).get(0);
			try {
				return Integer.parseInt(value.replace("_", ""));
			}
			catch (NumberFormatException ex) {
				String problem = value.matches("-?\\d+") ? "is too large" : "must be a whole number";
				throw new IllegalArgumentException("--" + name + " " + problem + ", not \"" + value + "\"", ex);
			}
		}

	}

}
