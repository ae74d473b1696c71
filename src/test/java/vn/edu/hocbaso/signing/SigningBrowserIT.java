package vn.edu.hocbaso.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.edu.hocbaso.record.RecordManagement;
import vn.edu.hocbaso.record.YearRecord;
import vn.edu.hocbaso.testing.FilledRecords;
import vn.edu.hocbaso.testing.OrganisationFixture;
import vn.edu.hocbaso.testing.browser.Browser;
import vn.edu.hocbaso.testing.browser.BrowserTest;

/**
 * The homeroom teacher of 4A signs her class in a real browser, from her task list: the approval task's "Ký số"
 * button, her key's password, the progress bar moved by the page's script until the batch is done, the result;
 * back on the task list the approval task is gone, completed by the signatures.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SigningBrowserIT {

	private static final String KEY_PASSWORD = "Mat-khau-2027";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	RecordManagement records;

	@Autowired
	CertificateAuthority authority;

	@Autowired
	RuntimeService runtime;

	OrganisationFixture org;

	long classId;

	@BeforeAll
	void classWaitingForItsTeachersSignature() {

		org = new OrganisationFixture(jdbc, encoder);
		classId = org.schoolA.class4a;
		long teacher = jdbc.queryForObject("select staff_id from account where username = ?", Long.class,
				org.schoolA.homeroomTeacher);
		authority.issueForStaff(teacher, CertificateRole.TEACHER, KEY_PASSWORD.toCharArray());
		for (String name : new String[] { "Phạm Minh Anh", "Lê Hải Phúc" }) {
			YearRecord record = records.open(org.pupil(classId, name), classId, teacher);
			YearRecord filled = records.change(record.getId(), record.getVersion(), teacher, FilledRecords::completing);
			records.markComplete(filled.getId(), filled.getVersion(), teacher);
		}

		runtime.createProcessInstanceByKey("classRecordBookProcess")
			.businessKey("class-" + classId)
			.setVariables(Map.of("classId", classId, "schoolId", org.schoolA.id, "schoolYearId", org.yearId,
					"departmentId", org.departmentId))
			.startBeforeActivity("Task_ApproveClassAsTeacher")
			.execute();
	}

	@Test
	void theTeacherSignsHerClassFromHerTaskList(Browser browser) {

		browser.open("/login").type(By.name("username"), org.schoolA.homeroomTeacher).type(By.name("password"),
				OrganisationFixture.PASSWORD);
		browser.waitFor(By.id("login-submit")).click();
		browser.waitFor(By.id("home"));

		browser.open("/tasks");
		browser.waitFor(By.cssSelector("tr[data-task-key='Task_ApproveClassAsTeacher'] a.task-link")).click();
		browser.waitFor(By.id("sign-page")).click();

		assertThat(browser.waitFor(By.id("signing-records")).getText()).contains("Phạm Minh Anh", "Lê Hải Phúc",
				"Sẽ được ký");
		browser.type(By.id("password"), KEY_PASSWORD);
		assertThat(browser.waitFor(By.id("signing-submit")).getText()).isEqualTo("Ký 2 học bạ");
		browser.waitFor(By.id("signing-submit")).click();

		// The script polls the progress and shows the result when the batch is done.
		browser.waitFor(By.id("batch-progress"));
		assertThat(browser.waitFor(By.id("batch-signed")).getText()).isEqualTo("Đã ký 2 học bạ.");
		assertThat(browser.waitFor(By.id("batch-progress")).getDomProperty("value")).isEqualTo("100");
		browser.screenshot("class-signed");

		browser.waitFor(By.id("back-to-tasks")).click();
		browser.waitFor(By.id("nav-tasks"));
		assertThat(browser.driver()
			.findElements(By.cssSelector("tr[data-task-key='Task_ApproveClassAsTeacher']"))).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from year_record where class_id = ? "
				+ "and state = 'SIGNED_BY_TEACHER'", Integer.class, classId)).isEqualTo(2);
	}

}
