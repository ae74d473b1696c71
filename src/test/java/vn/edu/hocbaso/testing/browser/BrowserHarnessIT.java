package vn.edu.hocbaso.testing.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * The browser harness itself works on what the application has today: Chromium starts, reaches the running
 * application and renders its login page, and screenshots are written.
 */
@BrowserTest
class BrowserHarnessIT {

	@Test
	void rendersTheLoginPageInChromium(Browser browser) {

		browser.open("/login");

		WebElement password = browser.waitFor(By.cssSelector("input[type=password]"));
		assertThat(password.getAttribute("name")).isEqualTo("password");
		assertThat(browser.driver().findElements(By.name("username"))).isNotEmpty();
		assertThat(browser.currentPath()).isEqualTo("/login");
		assertThat(browser.driver().getCurrentUrl()).startsWith(browser.baseUrl());
	}

	@Test
	void writesScreenshotsIntoTheBuildFolder(Browser browser) throws Exception {

		browser.open("/login");
		browser.waitFor(By.cssSelector("input[type=password]"));

		Path png = browser.screenshot("login-page");

		assertThat(png).exists().hasFileName("login-page.png");
		assertThat(png.getParent()).endsWith(Path.of("target", "browser-screenshots", "BrowserHarnessIT"));
		byte[] bytes = Files.readAllBytes(png);
		assertThat(bytes).hasSizeGreaterThan(1_000).startsWith(0x89, 'P', 'N', 'G');
		assertThat(png.resolveSibling("login-page.html")).content().contains("password");
	}

	@Test
	void startsEachTestWithoutTheCookiesOfTheLastOne(Browser browser) {

		browser.open("/login");
		browser.driver().manage().addCookie(new Cookie("left-over", "1"));
		browser.reset();
		browser.open("/login");

		assertThat(browser.driver().manage().getCookieNamed("left-over")).isNull();
	}

}
