package vn.edu.hocbaso.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/**
 * Missing Chromium skips browser tests on a developer's machine and fails them on CI.
 */
class BrowserRequirementTests {

	@TempDir
	Path folder;

	@Test
	void skipsWithInstallHintWhenChromiumIsMissing() {

		BrowserRequirement requirement = new BrowserRequirement(Path.of("/bin/sh"), missing(), false);
		BrowserRequirement noChromium = new BrowserRequirement(missing(), Path.of("/bin/sh"), false);

		assertThatThrownBy(requirement::check).isInstanceOf(TestAbortedException.class)
			.hasMessageContaining("Browser tests skipped")
			.hasMessageContaining("install Debian packages chromium and chromium-driver");
		assertThatThrownBy(noChromium::check).isInstanceOf(TestAbortedException.class)
			.hasMessageContaining(missing() + " not found");
	}

	@Test
	void failsInsteadOfSkippingWhenBrowserTestsAreRequired() {

		BrowserRequirement requirement = new BrowserRequirement(missing(), missing(), true);

		assertThatIllegalStateException().isThrownBy(requirement::check)
			.withMessageContaining("REQUIRE_BROWSER_TESTS=true")
			.withMessageContaining(missing() + " not found")
			.withMessageContaining("install Debian packages chromium and chromium-driver");
	}

	@Test
	void passesWhenBothExecutablesArePresent() {

		BrowserRequirement requirement = new BrowserRequirement(Path.of("/bin/sh"), Path.of("/bin/sh"), true);

		assertThatCode(requirement::check).doesNotThrowAnyException();
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
