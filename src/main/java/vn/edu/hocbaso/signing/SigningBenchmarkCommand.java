package vn.edu.hocbaso.signing;

import java.util.Arrays;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * The command line's signing benchmark: {@code --benchmark-signing --records=10000 [--key-type=RSA_PSS_2048]
 * [--threads=2]} signs that many records with three signatures each, prints the rate beside raw signatures of
 * the same key type measured in the same run, and the ratio against DESIGN.md §10's target of 60%. The
 * application runs it as it runs every command ({@code HocBaSoApplication}): no web server, no job executor, no
 * demo city, and the JVM ends with this command's exit code.
 */
@Component
public class SigningBenchmarkCommand implements ApplicationRunner, ExitCodeGenerator {

	public static final String OPTION = "benchmark-signing";

	private static final int MAX_RECORDS = 1_000_000;

	private static final Logger LOG = LoggerFactory.getLogger(SigningBenchmarkCommand.class);

	private final SigningProperties properties;

	private int exitCode;

	SigningBenchmarkCommand(SigningProperties properties) {
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {

		if (!args.containsOption(OPTION)) {
			return;
		}
		try {
			Options options = Options.of(args.getSourceArgs(), properties.keyType());
			report(SigningBenchmark.run(options.records(), options.keyType(), options.threads(),
					done -> logProgress(done, options.records())));
		}
		catch (IllegalArgumentException ex) {
			// A mistake on the command line, not a fault: say what is wrong, without a stack trace.
			LOG.error("No signing benchmark: {}", ex.getMessage());
			exitCode = 2;
		}
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

	private static void logProgress(int done, int records) {
		if (done % 1000 == 0 || done == records) {
			LOG.info("{} / {} records signed", done, records);
		}
	}

	private static void report(SigningBenchmark.Report report) {
		LOG.info("Signing benchmark: {} records, 3 XML signatures each ({}, {} threads) in {} s of signing: "
				+ "{} records/s, {} signatures/s.", report.records(), report.keyType(), report.threads(),
				report.elapsed().toMillis() / 1000.0, Math.round(report.recordsPerSecond()),
				Math.round(3 * report.recordsPerSecond()));
		LOG.info("Baseline, same run: raw Bouncy Castle {} signatures: {} signatures/s. The batch reached {}% of the "
				+ "raw Bouncy Castle rate (target at least 60%).", report.keyType(),
				Math.round(report.rawBouncyCastlePerSecond()), Math.round(100 * report.ratio()));
		LOG.info("For comparison, same run: raw {} signatures of the JDK provider: {} "
				+ "signatures/s ({}%).", report.keyType(), Math.round(report.rawJdkPerSecond()),
				Math.round(100 * report.jdkRatio()));
	}

	/**
	 * The command's options, checked before anything starts.
	 *
	 * @param records how many records to sign
	 * @param keyType the key type of the signers
	 * @param threads how many threads sign, and make the raw signatures
	 */
	public record Options(int records, KeyType keyType, int threads) {

		/**
		 * Reads {@code --records} (default 1,000), {@code --key-type} ({@code EC_P256} or {@code ECDSA},
		 * {@code RSA_PSS_2048} or {@code RSA_PSS}) and {@code --threads} (default: one per processor).
		 * @throws IllegalArgumentException naming the option and what is wrong with it
		 */
		public static Options of(String[] args, KeyType defaultKeyType) {

			ApplicationArguments parsed = new DefaultApplicationArguments(args);
			int records = intOption(parsed, "records", 1_000);
			if (records < 1 || records > MAX_RECORDS) {
				throw new IllegalArgumentException("--records must be between 1 and " + MAX_RECORDS);
			}
			int threads = intOption(parsed, "threads", Runtime.getRuntime().availableProcessors());
			if (threads < 1 || threads > 64) {
				throw new IllegalArgumentException("--threads must be between 1 and 64");
			}

			return new Options(records, keyType(parsed, defaultKeyType), threads);
		}

		private static KeyType keyType(ApplicationArguments args, KeyType fallback) {
			List<String> values = args.getOptionValues("key-type");
			if (values == null || values.isEmpty()) {
				return fallback;
			}
			String value = values.get(0).toUpperCase(java.util.Locale.ROOT);
			if (value.equals("ECDSA")) {
				return KeyType.EC_P256;
			}
			if (value.equals("RSA_PSS")) {
				return KeyType.RSA_PSS_2048;
			}
			try {
				return KeyType.valueOf(value);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("--key-type must be one of " + Arrays.toString(KeyType.values())
						+ ", not \"" + values.get(0) + "\"", ex);
			}
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
