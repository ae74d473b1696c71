package vn.edu.hocbaso.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * The benchmark's options and a small run.
 */
class SigningBenchmarkTests {

	@Test
	void signsRecordsAndMeasuresTheRawRateInTheSameRun() {

		AtomicInteger progress = new AtomicInteger();
		SigningBenchmark.Report report = SigningBenchmark.run(60, KeyType.EC_P256, 2,
				done -> progress.accumulateAndGet(done, Math::max));

		assertThat(report.records()).isEqualTo(60);
		assertThat(progress).hasValue(60);
		assertThat(report.recordsPerSecond()).isPositive();
		assertThat(report.rawBouncyCastlePerSecond()).isPositive();
		assertThat(report.rawJdkPerSecond()).isPositive();
		assertThat(report.ratio()).isBetween(0.01, 2.0);
		assertThat(report.jdkRatio()).isBetween(0.01, 2.0);
	}

	@Test
	void readsAndChecksTheOptions() {

		SigningBenchmarkCommand.Options options = SigningBenchmarkCommand.Options
			.of(new String[] { "--benchmark-signing", "--records=10_000", "--key-type=RSA_PSS_2048" }, KeyType.EC_P256);

		assertThat(options.records()).isEqualTo(10_000);
		assertThat(options.keyType()).isEqualTo(KeyType.RSA_PSS_2048);
		assertThat(SigningBenchmarkCommand.Options.of(new String[] { "--key-type=RSA_PSS" }, KeyType.EC_P256)
			.keyType()).isEqualTo(KeyType.RSA_PSS_2048);
		assertThat(SigningBenchmarkCommand.Options.of(new String[] { "--key-type=ecdsa" }, KeyType.RSA_PSS_2048)
			.keyType()).isEqualTo(KeyType.EC_P256);
		assertThatIllegalArgumentException().isThrownBy(() -> SigningBenchmarkCommand.Options
			.of(new String[] { "--records=0" }, KeyType.EC_P256)).withMessageContaining("--records must be between");
		assertThatIllegalArgumentException().isThrownBy(() -> SigningBenchmarkCommand.Options
			.of(new String[] { "--records=abc" }, KeyType.EC_P256)).withMessageContaining("whole number");
		assertThatIllegalArgumentException().isThrownBy(() -> SigningBenchmarkCommand.Options
			.of(new String[] { "--key-type=DSA" }, KeyType.EC_P256)).withMessageContaining("--key-type must be");
	}

}
