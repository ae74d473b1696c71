package vn.edu.hocbaso.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.edu.hocbaso.testing.OrganisationFixture;
import vn.edu.hocbaso.testing.browser.Browser;
import vn.edu.hocbaso.testing.browser.BrowserTest;

/**
 * A school clerk enrols a pupil through the pages, as she would at her desk: a mistyped personal ID comes
 * back next to its field, with everything else she typed still there.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnrolmentBrowserIT {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	OrganisationFixture org;

	@BeforeAll
	void createOrganisation() {
		org = new OrganisationFixture(jdbc, encoder);
	}

	@Test
	void clerkFixesAMalformedPersonalIdAndSavesThePupil(Browser browser) {

		signIn(browser, org.schoolA.clerk);
		browser.open("/classes/" + org.schoolA.class4a);
		browser.waitFor(By.id("add-pupil")).click();

		fillForm(browser, "00131712345", "DB-" + org.tag);
		browser.waitFor(By.id("enrol-submit")).click();

		assertThat(browser.waitFor(By.id("personalId-error")).getText()).contains("12 chữ số");
		assertThat(browser.driver().findElement(By.id("fullName")).getAttribute("value")).isEqualTo("Phan Thị Yến");

		browser.type(By.id("personalId"), personalId());
		browser.waitFor(By.id("enrol-submit")).click();

		assertThat(browser.waitFor(By.id("flash")).getText()).contains("Đã thêm học sinh Phan Thị Yến vào lớp 4A");
		assertThat(browser.currentPath()).startsWith("/pupils/");
		assertThat(browser.waitFor(By.id("personal-id")).getText()).isEqualTo(personalId());
	}

	/** A number of this fixture alone: the random tag picks the six serial digits. */
	private String personalId() {
		return "001317" + "%06d".formatted(Math.floorMod(org.tag.hashCode(), 1_000_000));
	}

	private static void signIn(Browser browser, String username) {
		browser.open("/login").type(By.name("username"), username).type(By.name("password"),
				OrganisationFixture.PASSWORD);
		browser.waitFor(By.id("login-submit")).click();
		browser.waitFor(By.id("home"));
	}

	private static void fillForm(Browser browser, String personalId, String registrationNumber) {
		browser.type(By.id("fullName"), "Phan Thị Yến");
		new Select(browser.waitFor(By.id("sex"))).selectByValue("F");
		setDate(browser, "birthDate", "2017-08-20");
		browser.type(By.id("personalId"), personalId)
			.type(By.id("placeOfBirth"), "Hà Nội")
			.type(By.id("homeTown"), "Thái Bình")
			.type(By.id("residence"), "Số 12 phố Hàng Bông, Hà Nội")
			.type(By.id("motherName"), "Đinh Thị Thu")
			.type(By.id("registrationNumber"), registrationNumber);
	}

	/** Date fields take typed text in the browser's own order; setting the value is the same in every locale. */
	private static void setDate(Browser browser, String id, String isoDate) {
		WebElement field = browser.waitFor(By.id(id));
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", field, isoDate);
	}

}
