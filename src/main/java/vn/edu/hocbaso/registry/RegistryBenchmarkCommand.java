package vn.edu.hocbaso.registry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * The command line's registry benchmark: {@code --benchmark-registry --records=10000 [--batch=500]
 * [--threads=2]} on an empty database ({@link RegistryBenchmark}) prints the intake's rate with full
 * verification beside signature verification alone, and the lock's time beside a plain SQL update of the same
 * rows, with the ratios and DESIGN.md §10's targets. Run as every command is ({@code HocBaSoApplication}).
 */
@Component
public class RegistryBenchmarkCommand implements ApplicationRunner, ExitCodeGenerator {

	public static final String OPTION = "benchmark-registry";

	private static final int MAX_RECORDS = 1_000_000;

	private static final Logger LOG = LoggerFactory.getLogger(RegistryBenchmarkCommand.class);

	private final RegistryBenchmark benchmark;

	private int exitCode;

	RegistryBenchmarkCommand(RegistryBenchmark benchmark) {
		this.benchmark = benchmark;
	}

	@Override
	public void run(ApplicationArguments args) {

		if (!args.containsOption(OPTION)) {
			return;
		}
		try {
			Options options = Options.of(args.getSourceArgs());
			benchmark.checkEmpty();
			report(benchmark.run(options.records(), options.batch(), options.threads(), LOG::info));
		}
		catch (IllegalArgumentException ex) {
			// A mistake on the command line or the wrong database, not a fault: say what, without a stack trace.
			LOG.error("No registry benchmark: {}", ex.getMessage());
			exitCode = 2;
		}
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

	private static void report(RegistryBenchmark.Report report) {
		LOG.info("Registry benchmark, intake: {} records in transactions of {} ({} threads), {} accepted, in {} s: "
				+ "{} records/s with full verification (target at least 1000 records/s).", report.records(),
				report.batch(), report.threads(), report.accepted(), seconds(report.intake()),
				Math.round(report.intakePerSecond()));
		if (report.firstRejection() != null) {
			LOG.warn("Registry benchmark: records were rejected, the first because: {}", report.firstRejection());
		}
		LOG.info("Baseline, same run: the same records' signature verification alone: {} records/s. The intake "
				+ "reached {}% of it.", Math.round(report.verificationPerSecond()),
				Math.round(100 * report.intakeRatio()));
		LOG.info("Registry benchmark, lock: {} records locked, appended to the log (tree size {}) and a checkpoint "
				+ "signed in {} s; baseline, same run: a plain SQL update of the same rows (rolled back) in {} s. "
				+ "The lock reached {}% of the raw update's rate (target at least 50%).", report.locked(),
				report.treeSize(), seconds(report.lock()), seconds(report.rawUpdate()),
				Math.round(100 * report.lockRatio()));
		LOG.info("Extrapolated, not measured: locking {} records at this rate would take {} s (target at most "
				+ "120 s).", RegistryBenchmark.HANOI_RECORDS, seconds(report.lockOfHanoi()));
	}

	private static double seconds(java.time.Duration duration) {
		return Math.round(duration.toMillis() / 10.0) / 100.0;
	}

	/**
	 * The command's options, checked before anything starts.
	 *
	 * @param records how many records to sign, submit and lock
	 * @param batch records per transaction
	 * @param threads how many transactions are submitted at once
	 */
	public record Options(int records, int batch, int threads) {

		/**
		 * Reads {@code --records} (default 1,000), {@code --batch} (default 500) and {@code --threads} (default:
		 * one per processor).
		 * @throws IllegalArgumentException naming the option and what is wrong with it
		 */
		public static Options of(String[] args) {

			ApplicationArguments parsed = new DefaultApplicationArguments(args);
			int records = intOption(parsed, "records", 1_000);
			if (records < 1 || records > MAX_RECORDS) {
				throw new IllegalArgumentException("--records must be between 1 and " + MAX_RECORDS);
			}
			int batch = intOption(parsed, "batch", 500);
			if (batch < 1 || batch > 5_000) {
				throw new IllegalArgumentException("--batch must be between 1 and 5000");
			}
			int threads = intOption(parsed, "threads", Runtime.getRuntime().availableProcessors());
			if (threads < 1 || threads > 64) {
				throw new IllegalArgumentException("--threads must be between 1 and 64");
			}
			return new Options(records, batch, threads);
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
				throw new IllegalArgumentException("--" + name + " must be a whole number, not \"" + value + "\"", ex);
			}
		}

	}

}
