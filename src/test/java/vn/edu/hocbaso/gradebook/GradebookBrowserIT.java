package vn.edu.hocbaso.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.edu.hocbaso.testing.OrganisationFixture;
import vn.edu.hocbaso.testing.browser.Browser;
import vn.edu.hocbaso.testing.browser.BrowserTest;

/**
 * A homeroom teacher fills in her class grid in a real browser: from her home page to the grid, a level and a
 * score typed for one pupil, Enter pressed on the way (which must not save half a grid), then saved.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GradebookBrowserIT {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	OrganisationFixture org;

	long pupilId;

	long firstPupilId;

	@BeforeAll
	void createClass() {
		org = new OrganisationFixture(jdbc, encoder);
		pupilId = org.pupil(org.schoolA.class4a, "Đỗ Thị Mai");
		firstPupilId = org.pupil(org.schoolA.class4a, "Vũ Văn An");
	}

	@Test
	void homeroomTeacherTypesALevelAndAScoreAndSavesThem(Browser browser) {

		signIn(browser, org.schoolA.homeroomTeacher);
		browser.waitFor(By.id("grid-link-" + org.schoolA.class4a)).click();
		browser.waitFor(By.id("grid-form"));
		By level = By.id("f." + recordOf(pupilId) + ".subject.TOAN.level");
		By score = By.id("f." + recordOf(pupilId) + ".subject.TOAN.score");

		// An comes first in the list; Enter in her cell goes down to Mai's, as in a spreadsheet, and saves nothing.
		browser.waitFor(By.id("f." + recordOf(firstPupilId) + ".subject.TOAN.level")).sendKeys(Keys.ENTER);
		assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
			.isEqualTo(browser.waitFor(level).getAttribute("id"));
		browser.driver().switchTo().activeElement().sendKeys("t", Keys.ENTER);
		assertThat(browser.driver().findElements(By.id("flash"))).isEmpty();
		browser.type(score, "9 ");
		browser.waitFor(By.id("grid-save")).click();

		assertThat(browser.waitFor(By.id("flash")).getText()).contains("Đã lưu 1 hồ sơ");
		assertThat(browser.waitFor(level).getAttribute("value")).isEqualTo("T");
		assertThat(browser.waitFor(score).getAttribute("value")).isEqualTo("9");
		assertThat(browser.currentPath()).isEqualTo("/classes/" + org.schoolA.class4a + "/grid");
		browser.screenshot("grid-saved");
	}

	private long recordOf(long pupil) {
		return jdbc.queryForObject("select id from year_record where pupil_id = ?", Long.class, pupil);
	}

	private static void signIn(Browser browser, String username) {
		browser.open("/login").type(By.name("username"), username).type(By.name("password"),
				OrganisationFixture.PASSWORD);
		browser.waitFor(By.id("login-submit")).click();
		browser.waitFor(By.id("home"));
	}

}
