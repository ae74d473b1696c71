package vn.edu.hocbaso.testing.browser;

import java.nio.file.Path;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.springframework.core.env.Environment;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives each browser test class one Chromium, hands it to test methods as a {@link Browser} parameter pointed at
 * the running server, saves a screenshot when a test fails, and quits the browser after the class. Use it
 * through {@link BrowserTest}.
 */
public class BrowserExtension implements ExecutionCondition, BeforeAllCallback, AfterAllCallback,
		BeforeEachCallback, ParameterResolver, TestExecutionExceptionHandler,
		LifecycleMethodExecutionExceptionHandler {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserExtension.class);

	private static final Path SCREENSHOTS = Path.of(System.getProperty("basedir", "."), "target",
			"browser-screenshots");

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		ConditionEvaluationResult result = BrowserRequirement.fromEnvironment().evaluate();
		// Build tools show a skipped test's reason only in their reports; say it where a developer looks.
		result.getReason().filter(reason -> result.isDisabled()).ifPresent(System.err::println);
		return result;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		BrowserRequirement requirement = BrowserRequirement.fromEnvironment();
		requirement.assertAvailable();
		Path folder = SCREENSHOTS.resolve(context.getRequiredTestClass().getSimpleName());
		context.getStore(NAMESPACE).put(Browser.class, Browser.start(requirement, folder));
	}

	@Override
	public void afterAll(ExtensionContext context) {
		Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
		if (browser != null) {
			browser.close();
		}
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		browser(context).reset();
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		Browser browser = browser(context);
		browser.baseUrl(baseUrl(context));
		return browser;
	}

	@Override
	public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
		throw screenshotOnFailure(context, failure);
	}

	@Override
	public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable failure)
			throws Throwable {
		throw screenshotOnFailure(context, failure);
	}

	/** Saves the page as the failing test left it; a screenshot that fails must not hide the test's failure. */
	private static Throwable screenshotOnFailure(ExtensionContext context, Throwable failure) {
		Browser browser = context.getStore(NAMESPACE).get(Browser.class, Browser.class);
		if (browser == null) {
			return failure;
		}
		try {
			Path png = browser.screenshot(context.getRequiredTestMethod().getName() + "-failure");
			System.err.println("Browser test failed; screenshot: " + png.toAbsolutePath());
		}
		catch (RuntimeException ex) {
			failure.addSuppressed(ex);
		}
		return failure;
	}

	private static Browser browser(ExtensionContext context) {
		return context.getStore(NAMESPACE).get(Browser.class, Browser.class);
	}

	private static String baseUrl(ExtensionContext context) {
		Environment environment = SpringExtension.getApplicationContext(context).getEnvironment();
		Integer port = environment.getProperty("local.server.port", Integer.class);
		if (port == null) {
			throw new IllegalStateException("Browser tests need a running server: "
					+ "use @SpringBootTest(webEnvironment = RANDOM_PORT), for example through @BrowserTest");
		}
		return "http://localhost:" + port;
	}

}
