package vn.edu.hocbaso.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import vn.edu.hocbaso.testing.browser.Browser;
import vn.edu.hocbaso.testing.browser.BrowserTest;

/**
 * Signing in through the real login page, as a person would. Written against the login page's contract: a
 * form at {@code /login} with fields {@code username} and {@code password} and a button {@code #login-submit};
 * the home page has an element {@code #home}; the demo dataset has {@code admin} / {@code hocbaso2026}.
 */
@BrowserTest
class LoginBrowserIT {

	private static final By USERNAME = By.name("username");

	private static final By PASSWORD = By.name("password");

	private static final By SUBMIT = By.id("login-submit");

	/** What the login page may use for its error; the first one shown counts. */
	private static final By ERROR = By.cssSelector("#login-error, [role=alert], .alert, .error");

	@Test
	void demoAdministratorSignsInAndSeesTheHomePage(Browser browser) {

		signIn(browser, "admin", "hocbaso2026");

		assertThat(browser.waitFor(By.id("home")).isDisplayed()).isTrue();
		assertThat(browser.currentPath()).isNotEqualTo("/login");
	}

	@Test
	void wrongPasswordShowsAnErrorAndStaysOnTheLoginPage(Browser browser) {

		signIn(browser, "admin", "not-the-password");

		WebElement error = browser.waitFor(ERROR);
		assertThat(error.getText()).isNotBlank();
		assertThat(browser.currentPath()).isEqualTo("/login");
		assertThat(browser.driver().findElement(PASSWORD).isDisplayed()).isTrue();
		assertThat(browser.driver().findElements(By.id("home"))).isEmpty();
	}

	private static void signIn(Browser browser, String username, String password) {
		browser.open("/login").type(USERNAME, username).type(PASSWORD, password);
		browser.waitFor(SUBMIT).click();
	}

}
