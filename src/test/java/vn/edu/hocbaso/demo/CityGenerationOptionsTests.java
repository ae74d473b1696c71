package vn.edu.hocbaso.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CityGenerationOptionsTests {

	@Test
	void defaultsToAHanoiSizedCityWithTheConfiguredSeed() {

		CityGenerationCommand.Options options = CityGenerationCommand.Options.of(new String[] { "--generate-city" },
				2026);

		assertThat(options.pupils()).isEqualTo(770_000);
		assertThat(options.seed()).isEqualTo(2026);
	}

	@Test
	void readsPupilsWithUnderscoresAndASeed() {

		CityGenerationCommand.Options options = CityGenerationCommand.Options
			.of(new String[] { "--generate-city", "--pupils=8_850_000", "--seed=7" }, 2026);

		assertThat(options.pupils()).isEqualTo(8_850_000);
		assertThat(options.seed()).isEqualTo(7);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "abc|--pupils must be a whole number, not \"abc\"",
			"12.5|--pupils must be a whole number, not \"12.5\"",
			"99999999999|--pupils is too large, not \"99999999999\"", "0|--pupils must be between 1 and 18000000",
			"-5|--pupils must be between 1 and 18000000", "20000000|--pupils must be between 1 and 18000000" })
	void refusesBadPupilCountsNamingTheOption(String pupils, String message) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CityGenerationCommand.Options.of(new String[] { "--pupils=" + pupils }, 1))
			.withMessage(message);
	}

}
