package vn.edu.hocbaso.demo;

import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The command line's city generation: {@code --generate-city --pupils=770000 [--seed=2026]} fills the configured
 * (empty) database with a city of that size, prints progress and the rate, then measures a raw COPY of the same
 * pupil rows as a baseline, and the application exits.
 */
@Component
public class CityGenerationCommand implements ApplicationRunner {

	public static final String OPTION = "generate-city";

	private static final Logger LOG = LoggerFactory.getLogger(CityGenerationCommand.class);

	private final CityGenerator generator;

	private final LoadBaseline baseline;

	private final DemoProperties properties;

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
		int pupils = intOption(args, "pupils", 770_000);
		long seed = intOption(args, "seed", (int) properties.seed());
		CitySize size = CitySize.ofPupils(pupils);
		LOG.info("Generating a city of about {} pupils: {} units, {} schools, {} classes.", pupils, size.units(),
				size.schools(), size.classes());

		GenerationReport report = generator.generate(size, seed, progress -> LOG.info(
				"{} / {} pupils written, {} pupils/s", progress.pupilsWritten(), progress.pupilsPlanned(),
				Math.round(progress.pupilsPerSecond())));
		LOG.info("City generated: {} schools, {} classes, {} staff, {} pupils in {} s: {} pupils/s (each with "
				+ "guardians, an enrolment and a share of classes, staff, roles and accounts).", report.schools(),
				report.classes(), report.staff(), report.pupils(), report.elapsed().toMillis() / 1000.0,
				Math.round(report.pupilsPerSecond()));

		LoadBaseline.Result raw = baseline.measure(report.pupils());
		LOG.info("Baseline, same run: raw COPY of {} pupil rows into an unindexed table: {} rows/s. Generation "
				+ "reaches {}% of it while writing about {} rows per pupil.", raw.rows(), Math.round(raw.rowsPerSecond()),
				Math.round(100 * report.pupilsPerSecond() / raw.rowsPerSecond()), 4);
	}

	private static int intOption(ApplicationArguments args, String name, int fallback) {
		if (!args.containsOption(name) || args.getOptionValues(name).isEmpty()) {
			return fallback;
		}
		try {
			return Integer.parseInt(args.getOptionValues(name).get(0).replace("_", ""));
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--" + name + " must be a whole number", ex);
		}
	}

}
