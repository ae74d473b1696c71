package vn.edu.hocbaso.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;

/**
 * Whether browser tests can run here, and what happens when they cannot: skipped on a developer's machine
 * without Chromium, but failed when {@code REQUIRE_BROWSER_TESTS=true} (CI sets it), so that CI never passes
 * by silently skipping them.
 *
 * @param chromium the Chromium executable (Debian package {@code chromium})
 * @param chromedriver the matching ChromeDriver (Debian package {@code chromium-driver})
 * @param required whether a missing browser is a failure rather than a reason to skip
 */
record BrowserRequirement(Path chromium, Path chromedriver, boolean required) {

	static final String REQUIRED_VARIABLE = "REQUIRE_BROWSER_TESTS";

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/** The requirement on this machine: Debian's paths, and the flag from the environment. */
	static BrowserRequirement fromEnvironment() {
		return of(System.getenv());
	}

	static BrowserRequirement of(Map<String, String> environment) {
		return new BrowserRequirement(CHROMIUM, CHROMEDRIVER,
				"true".equalsIgnoreCase(environment.getOrDefault(REQUIRED_VARIABLE, "").trim()));
	}

	/**
	 * Returns normally when both executables are present; otherwise aborts the tests (JUnit assumption) or,
	 * when browser tests are required, fails them.
	 */
	void check() {

		String missing = missing();
		if (missing == null) {
			return;
		}

		String message = "Browser tests skipped: " + missing
				+ " not found; install Debian packages chromium and chromium-driver";
		if (required) {
			throw new IllegalStateException(message.replace("Browser tests skipped", "Browser tests required ("
					+ REQUIRED_VARIABLE + "=true) but cannot run"));
		}
		Assumptions.abort(message);
	}

	private String missing() {
		if (!Files.isExecutable(chromium)) {
			return chromium.toString();
		}
		if (!Files.isExecutable(chromedriver)) {
			return chromedriver.toString();
		}
		return null;
	}

}
