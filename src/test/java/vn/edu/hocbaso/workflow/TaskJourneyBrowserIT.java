package vn.edu.hocbaso.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.edu.hocbaso.record.RecordManagement;
import vn.edu.hocbaso.record.Subject;
import vn.edu.hocbaso.record.YearRecord;
import vn.edu.hocbaso.testing.FilledRecords;
import vn.edu.hocbaso.testing.OrganisationFixture;
import vn.edu.hocbaso.testing.TestSignatures;
import vn.edu.hocbaso.testing.browser.Browser;
import vn.edu.hocbaso.testing.browser.BrowserTest;

/**
 * The class record book of 4A in a real browser, from the task list: the homeroom teacher finds "prepare class
 * 4A", is told which record still fails, completes the grid and the task, approves; the principal returns the
 * class (refused without a reason, then with one), the teacher sees the reason and approves again, the principal
 * approves on the class approval page, the clerk submits; the class page shows the records as submitted.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskJourneyBrowserIT {

	@Autowired
	TestSignatures signatures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	RecordManagement records;

	@Autowired
	ClassBooks classBooks;

	OrganisationFixture org;

	long recordId;

	long classId;

	@BeforeAll
	void openClassBookWithOneRecordAlmostDone() {
		org = new OrganisationFixture(jdbc, encoder);
		classId = org.schoolA.class4a;
		long pupil = org.pupil(classId, "Phạm Minh Anh");
		long teacher = jdbc.queryForObject("select staff_id from account where username = ?", Long.class,
				org.schoolA.homeroomTeacher);
		YearRecord record = records.open(pupil, classId, teacher);
		recordId = record.getId();
		records.change(recordId, record.getVersion(), teacher, TaskJourneyBrowserIT::fillAllButTheMathsScore);

		classBooks.open(classId);
	}

	@Test
	void classGoesFromPreparationToSubmittedThroughTheTaskList(Browser browser) {

		// The teacher finds the task; completing it is refused while a record fails, naming the pupil.
		signIn(browser, org.schoolA.homeroomTeacher);
		assertThat(browser.waitFor(By.id("home-tasks")).getText()).contains("Việc chờ nhóm của tôi: 1");
		browser.waitFor(By.id("nav-tasks")).click();
		assertThat(browser.waitFor(By.id("task-table")).getText()).contains("Chuẩn bị học bạ của lớp", "Lớp 4A");
		openTask(browser, "Task_PrepareClass");
		browser.waitFor(By.id("task-complete")).click();
		assertThat(browser.waitFor(By.id("refusal")).getText()).contains("1 học bạ còn lỗi", "Phạm Minh Anh");

		// The grid, from the task: the missing score typed and saved; then the task completes.
		browser.waitFor(By.id("rich-page")).click();
		browser.type(By.id("f." + recordId + ".subject.TOAN.score"), "9");
		browser.waitFor(By.id("grid-save")).click();
		browser.waitFor(By.id("flash"));
		completeFromList(browser, "Task_PrepareClass");

		// Confirming before she signed is refused, naming the pupil; once she signed, it completes.
		browser.open("/tasks");
		openTask(browser, "Task_ApproveClassAsTeacher");
		browser.waitFor(By.id("field-teacherConfirmed")).click();
		browser.waitFor(By.id("task-complete")).click();
		assertThat(browser.waitFor(By.id("refusal")).getText()).contains("chưa được giáo viên chủ nhiệm ký",
				"Phạm Minh Anh");
		// She signs the class (the signing page is issue 5's batch signing; the fixture signs as it does).
		signatures.signClassAsTeacher(classId);
		completeFromList(browser, "Task_ApproveClassAsTeacher", "field-teacherConfirmed");
		browser.screenshot("teacher-approved");
		signOut(browser);

		// The principal returns the class: refused without a reason, done with one.
		signIn(browser, org.schoolA.principal);
		browser.open("/tasks");
		openTask(browser, "Task_ApproveClassAsPrincipal");
		browser.waitFor(By.id("rich-page")).click();
		assertThat(browser.waitFor(By.id("approval-table")).getText()).contains("Phạm Minh Anh",
				"GVCN đã duyệt");
		browser.waitFor(By.id("field-principalDecision-1")).click();
		browser.waitFor(By.id("task-complete")).click();
		assertThat(browser.waitFor(By.id("refusal")).getText()).contains("Vui lòng ghi lý do.");
		browser.type(By.id("field-returnReason"), "Thiếu nhận xét môn Toán");
		browser.waitFor(By.id("task-complete")).click();
		assertThat(browser.waitFor(By.id("flash")).getText()).contains("Đã hoàn thành việc");
		signOut(browser);

		// The teacher sees why, prepares and approves again.
		signIn(browser, org.schoolA.homeroomTeacher);
		browser.open("/tasks");
		openTask(browser, "Task_PrepareClass");
		assertThat(browser.waitFor(By.id("return-reason")).getText()).contains("Thiếu nhận xét môn Toán");
		browser.waitFor(By.id("task-complete")).click();
		assertThat(browser.waitFor(By.id("flash")).getText()).contains("Đã hoàn thành việc");
		// She signs the class (the signing page is issue 5's batch signing; the fixture signs as it does).
		signatures.signClassAsTeacher(classId);
		completeFromList(browser, "Task_ApproveClassAsTeacher", "field-teacherConfirmed");
		signOut(browser);

		// The principal approves on the class approval page; the clerk submits.
		signIn(browser, org.schoolA.principal);
		signatures.signClassAsPrincipal(classId);
		browser.open("/classes/" + classId + "/approval");
		browser.waitFor(By.id("field-principalDecision-0")).click();
		browser.waitFor(By.id("task-complete")).click();
		assertThat(browser.waitFor(By.id("flash")).getText()).contains("Đã hoàn thành việc");
		assertThat(browser.waitFor(By.id("approval-counts")).getText()).contains("1 hiệu trưởng đã duyệt");
		signOut(browser);

		signIn(browser, org.schoolA.clerk);
		browser.open("/tasks");
		signatures.issueClass(classId);
		completeFromList(browser, "Task_IssueAndSubmitClass", "field-submissionConfirmed");

		browser.open("/classes/" + classId);
		assertThat(browser.waitFor(By.id("record-states")).getText()).contains("1 đã nộp");
		browser.screenshot("class-submitted");
	}

	private static void openTask(Browser browser, String definitionKey) {
		browser.waitFor(By.cssSelector("tr[data-task-key='" + definitionKey + "'] a.task-link")).click();
		browser.waitFor(By.id("task-name"));
	}

	/** Opens the task from the list, ticks the boxes named, completes it and sees it done. */
	private static void completeFromList(Browser browser, String definitionKey, String... checkboxes) {
		browser.open("/tasks");
		openTask(browser, definitionKey);
		for (String checkbox : checkboxes) {
			browser.waitFor(By.id(checkbox)).click();
		}
		browser.waitFor(By.id("task-complete")).click();
		assertThat(browser.waitFor(By.id("flash")).getText()).contains("Đã hoàn thành việc");
	}

	private static void signIn(Browser browser, String username) {
		browser.open("/login").type(By.name("username"), username).type(By.name("password"),
				OrganisationFixture.PASSWORD);
		browser.waitFor(By.id("login-submit")).click();
		browser.waitFor(By.id("home"));
	}

	private void signOut(Browser browser) {
		browser.waitFor(By.id("logout")).click();
		browser.waitFor(By.name("username"));
	}

	/** A record of grade 4 as its teacher fills it in, short of the maths score that the test types in the grid. */
	private static void fillAllButTheMathsScore(YearRecord record) {
		FilledRecords.completing(record);
		record.recordScore(Subject.TOAN, null);
		record.commend("Học sinh Xuất sắc");
	}

}
