package vn.edu.hocbaso.testing.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium, driven through Debian's ChromeDriver, pointed at the application under test.
 * Selenium Manager never runs: both executables are given explicitly, so nothing is downloaded.
 */
public final class Browser {

	/** How long {@link #waitFor(By)} waits for an element before the test fails. */
	static final Duration WAIT = Duration.ofSeconds(15);

	private final ChromeDriver driver;

	private final Path profile;

	private final Path screenshots;

	private String baseUrl;

	private Browser(ChromeDriver driver, Path profile, Path screenshots) {
		this.driver = driver;
		this.profile = profile;
		this.screenshots = screenshots;
	}

	/**
	 * Starts Chromium with a fresh, empty profile.
	 *
	 * @param requirement where Chromium and ChromeDriver are
	 * @param screenshots the folder that screenshots of this test class go into
	 */
	static Browser start(BrowserRequirement requirement, Path screenshots) {

		Path profile = temporaryProfile();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(requirement.chromium().toFile());
		// Root in a closed network: no sandbox, and nothing that phones home, which would only be refused.
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,900", "--lang=vi", "--user-data-dir=" + profile);

		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(requirement.chromedriver().toFile())
			.usingAnyFreePort()
			.build();
		try {
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
			return new Browser(driver, profile, screenshots);
		}
		catch (RuntimeException ex) {
			service.stop();
			deleteQuietly(profile);
			throw ex;
		}
	}

	/** The Selenium driver, for anything this class does not cover. */
	public WebDriver driver() {
		return driver;
	}

	/** The address of the application under test, such as {@code http://localhost:41234}. */
	public String baseUrl() {
		if (baseUrl == null) {
			throw new IllegalStateException("No base URL: the test is not a @BrowserTest of a running server");
		}
		return baseUrl;
	}

	void baseUrl(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/** Opens a page of the application, given by its path such as {@code /login}. */
	public Browser open(String path) {
		driver.get(baseUrl() + path);
		return this;
	}

	/** The path of the current page, without query string, such as {@code /login}. */
	public String currentPath() {
		return URI.create(driver.getCurrentUrl()).getPath();
	}

	/** Waits until an element is shown and returns it. */
	public WebElement waitFor(By locator) {
		return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	/** Clears a field and types into it. */
	public Browser type(By locator, String text) {
		WebElement field = waitFor(locator);
		field.clear();
		field.sendKeys(text);
		return this;
	}

	/**
	 * Saves a PNG of the window, and the page's HTML beside it, into this class's screenshot folder.
	 *
	 * @param name file name without extension
	 * @return the PNG file
	 */
	public Path screenshot(String name) {
		try {
			Files.createDirectories(screenshots);
			Path png = screenshots.resolve(name + ".png");
			Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
			Files.writeString(screenshots.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
			return png;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write screenshot " + name, ex);
		}
	}

	/** Forgets the previous test's session, so that tests of one class do not depend on each other. */
	void reset() {
		if (driver.getCurrentUrl().startsWith("http")) {
			driver.manage().deleteAllCookies();
		}
		driver.get("about:blank");
	}

	/** Quits Chromium and ChromeDriver and deletes the profile. */
	void close() {
		try {
			driver.quit();
		}
		finally {
			deleteQuietly(profile);
		}
	}

	private static Path temporaryProfile() {
		try {
			return Files.createTempDirectory("hocbaso-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create a Chromium profile directory", ex);
		}
	}

	private static void deleteQuietly(Path directory) {
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			// A left-over profile in the temporary folder harms nothing; the test result matters more.
		}
	}

}
