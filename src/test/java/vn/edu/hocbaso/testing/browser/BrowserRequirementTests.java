package vn.edu.hocbaso.testing.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.io.TempDir;

/**
 * Missing Chromium skips browser tests on a developer's machine and fails them on CI.
 */
class BrowserRequirementTests {

	@TempDir
	Path folder;

	@Test
	void skipsWithInstallHintWhenChromiumOrChromedriverIsMissing() {

		ConditionEvaluationResult noDriver = new BrowserRequirement(Path.of("/bin/sh"), missing(), false).evaluate();
		ConditionEvaluationResult noChromium = new BrowserRequirement(missing(), Path.of("/bin/sh"), false)
			.evaluate();

		assertThat(noDriver.isDisabled()).isTrue();
		assertThat(noDriver.getReason()).hasValue("Browser tests skipped: " + missing()
				+ " not found; install Debian packages chromium and chromium-driver");
		assertThat(noChromium.isDisabled()).isTrue();
		assertThat(noChromium.getReason()).get().asString().contains(missing() + " not found");
	}

	@Test
	void failsInsteadOfSkippingWhenBrowserTestsAreRequired() {

		BrowserRequirement requirement = new BrowserRequirement(missing(), missing(), true);

		assertThat(requirement.evaluate().isDisabled()).isFalse();
		assertThatIllegalStateException().isThrownBy(requirement::assertAvailable)
			.withMessageContaining("REQUIRE_BROWSER_TESTS=true")
			.withMessageContaining(missing() + " not found")
			.withMessageContaining("install Debian packages chromium and chromium-driver");
	}

	@Test
	void runsWhenBothExecutablesArePresent() {

		BrowserRequirement requirement = new BrowserRequirement(Path.of("/bin/sh"), Path.of("/bin/sh"), false);

		assertThat(requirement.evaluate().isDisabled()).isFalse();
		assertThatCode(requirement::assertAvailable).doesNotThrowAnyException();
	}

	@Test
	void readsTheRequirementFromTheEnvironment() {

		assertThat(BrowserRequirement.of(Map.of("REQUIRE_BROWSER_TESTS", "true")).required()).isTrue();
		assertThat(BrowserRequirement.of(Map.of("REQUIRE_BROWSER_TESTS", "TRUE ")).required()).isTrue();
		assertThat(BrowserRequirement.of(Map.of("REQUIRE_BROWSER_TESTS", "false")).required()).isFalse();
		assertThat(BrowserRequirement.of(Map.of()).required()).isFalse();
		assertThat(BrowserRequirement.of(Map.of()).chromium()).isEqualTo(Path.of("/usr/bin/chromium"));
		assertThat(BrowserRequirement.of(Map.of()).chromedriver()).isEqualTo(Path.of("/usr/bin/chromedriver"));
	}

	private Path missing() {
		return folder.resolve("not-installed");
	}

}
