package vn.edu.hocbaso.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import vn.edu.hocbaso.testing.browser.Browser;
import vn.edu.hocbaso.testing.browser.BrowserTest;

/**
 * The header on a phone (390 px wide): the nav may move to a line of its own, but no role, link or button is
 * broken in the middle of its words. Signs in as the demo's English teacher, whose role name is the longest.
 */
@BrowserTest
class HeaderBrowserIT {

	/** How many lines an element's text takes on screen. */
	private static final String LINES = """
			const range = document.createRange();
			range.selectNodeContents(arguments[0]);
			const rects = Array.from(range.getClientRects()).filter(r => r.width > 0);
			return new Set(rects.map(r => Math.round(r.top))).size;""";

	@Test
	void headerWordsStayOnOneLineAtPhoneWidth(Browser browser) {

		browser.driver().manage().window().setSize(new Dimension(390, 844));
		browser.open("/login").type(By.name("username"), "gvbm1.tienganh").type(By.name("password"), "hocbaso2026");
		browser.waitFor(By.id("login-submit")).click();
		browser.waitFor(By.id("home"));

		assertThat(lines(browser, browser.waitFor(By.id("user-role")))).isEqualTo(1);
		assertThat(lines(browser, browser.waitFor(By.id("logout")))).isEqualTo(1);
		for (WebElement link : browser.driver().findElements(By.cssSelector(".main-nav a"))) {
			assertThat(lines(browser, link)).as(link.getText()).isEqualTo(1);
		}
	}

	private static long lines(Browser browser, WebElement element) {
		return (Long) ((JavascriptExecutor) browser.driver()).executeScript(LINES, element);
	}

}
