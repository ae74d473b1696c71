package vn.edu.hocbaso.testing.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;

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
	 * Whether a browser test class runs. Without Chromium or ChromeDriver it is skipped with the reason, unless
	 * browser tests are required: then it runs, and {@link #assertAvailable()} fails it. Skipping the class
	 * here, rather than through an assumption in a before-all callback, makes Surefire and Failsafe count its
	 * tests as skipped with the reason, where an aborted before-all shows as no tests at all.
	 */
	ConditionEvaluationResult evaluate() {

		String missing = missing();
		if (missing == null || required) {
			return ConditionEvaluationResult.enabled("Chromium and ChromeDriver are installed, or required");
		}
		String reason = "Browser tests skipped: " + missing
				+ " not found; install Debian packages chromium and chromium-driver";
		return ConditionEvaluationResult.disabled(reason);
	}

	/** Fails when Chromium or ChromeDriver is missing, naming what to install. */
	void assertAvailable() {

		String missing = missing();
		if (missing != null) {
			throw new IllegalStateException("Browser tests required (" + REQUIRED_VARIABLE + "=true) but "
					+ missing + " not found; install Debian packages chromium and chromium-driver");
		}
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
