package vn.edu.hocbaso.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.edu.hocbaso.schoolyear.CalendarManagement;
import vn.edu.hocbaso.schoolyear.CalendarSettings;
import vn.edu.hocbaso.schoolyear.CloseOff;
import vn.edu.hocbaso.schoolyear.DeadlineKind;
import vn.edu.hocbaso.schoolyear.Deadlines;
import vn.edu.hocbaso.testing.OrganisationFixture;
import vn.edu.hocbaso.testing.WebIntegrationTest;

/**
 * The department's deadlines page as its users work it: only officers and administrators get in; dates are
 * shown and typed in Vietnam's time; an edit first shows what will move and is saved only on confirmation;
 * refusals say why and change nothing. Works on the current school year, whose calendar it puts back after.
 */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeadlinePageIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	CalendarManagement management;

	@Autowired
	Deadlines deadlines;

	@Autowired
	DeadlineTimers timers;

	OrganisationFixture org;

	CalendarSettings original;

	@BeforeAll
	void createOrganisation() {
		org = new OrganisationFixture(jdbc, encoder);
		original = management.calendar(org.yearId);
	}

	@AfterAll
	void putTheCalendarBack() {
		jdbc.update("update deadline_calendar set main_close_off = ?, supplementary_close_off = ? "
				+ "where school_year_id = ?", original.mainCloseOff().atOffset(java.time.ZoneOffset.UTC),
				original.supplementaryCloseOff().atOffset(java.time.ZoneOffset.UTC), org.yearId);
		timers.recalculate(org.yearId, Set.of());
	}

	@Test
	void onlyTheDepartmentGetsIn() throws Exception {

		for (String username : new String[] { org.schoolA.principal, org.schoolA.homeroomTeacher, org.schoolA.clerk }) {
			mvc.perform(get("/deadlines").with(user(users.loadUserByUsername(username))))
				.andExpect(status().isForbidden());
			mvc.perform(post("/deadlines/calendar").with(user(users.loadUserByUsername(username))).with(csrf()))
				.andExpect(status().isForbidden());
		}

		assertThat(page(org.officer)).contains("id=\"calendar-form\"");
		assertThat(page(org.admin)).contains("id=\"calendar-form\"");
	}

	@Test
	void showsTheCalendarInVietnamsTime() throws Exception {

		Instant main = management.calendar(org.yearId).mainCloseOff();

		String page = page(org.officer);

		assertThat(page).contains(CalendarManagement.shown(main), "value=\"" + PageDates.day(main) + "\"",
				"Hạn chốt sổ chính");
		assertThat(main.atZone(Deadlines.VIETNAM).getHour()).isZero();
	}

	@Test
	void showsWhatWillMoveAndSavesOnlyOnConfirmation() throws Exception {

		// Other tests move the calendar too: start from where it is now.
		Instant main = management.calendar(org.yearId).mainCloseOff();
		String newDay = PageDates.day(main.plus(java.time.Duration.ofDays(2)));
		Map<String, String> form = calendarForm(newDay);

		String preview = body(perform(post("/deadlines/calendar/preview"), org.admin, form).andExpect(status().isOk()));

		assertThat(preview).contains("id=\"confirm-form\"", "id=\"move-MAIN_CLOSE_OFF\"",
				CalendarManagement.shown(main), CalendarManagement.shown(PageDates.closeOff(newDay)));
		assertThat(management.calendar(org.yearId).mainCloseOff()).isEqualTo(main);

		perform(post("/deadlines/calendar"), org.admin, form).andExpect(redirectedUrl("/deadlines"));

		assertThat(management.calendar(org.yearId).mainCloseOff()).isEqualTo(PageDates.closeOff(newDay));
		assertThat(deadlines.at(DeadlineKind.MAIN_CLOSE_OFF, org.schoolB.id, org.yearId))
			.isEqualTo(PageDates.closeOff(newDay));
		assertThat(page(org.admin)).contains("Lịch được sửa", CalendarManagement.shown(PageDates.closeOff(newDay)));
	}

	@Test
	void refusesADateInThePastWithAMessageAndChangesNothing() throws Exception {

		CalendarSettings before = management.calendar(org.yearId);

		String page = body(perform(post("/deadlines/calendar"), org.officer, calendarForm("2020-06-30"))
			.andExpect(status().isUnprocessableEntity()));

		assertThat(page).contains("id=\"refusal\"", "Ngày 30/06/2020 00:00 đã qua");
		assertThat(management.calendar(org.yearId)).isEqualTo(before);

		String english = body(perform(post("/deadlines/calendar/preview").param("lang", "en"), org.officer,
				calendarForm("2020-06-30")));
		assertThat(english).contains("The date 30/06/2020 00:00 has passed");
	}

	@Test
	void answersAHandMadePostWithLettersForDaysWithAMessage() throws Exception {

		CalendarSettings before = management.calendar(org.yearId);
		Map<String, String> form = new java.util.HashMap<>(calendarForm(PageDates.day(before.mainCloseOff())));
		form.put("mainReminderDays", "bảy");

		String page = body(perform(post("/deadlines/calendar"), org.officer, form)
			.andExpect(status().isUnprocessableEntity()));

		assertThat(page).contains("id=\"refusal\"", "Số ngày và trường phải là số");
		assertThat(management.calendar(org.yearId)).isEqualTo(before);
	}

	@Test
	void extendsOneSchoolAfterPreviewAndRefusesWithoutReason() throws Exception {

		Instant calendarMain = management.calendar(org.yearId).mainCloseOff();
		String day = PageDates.day(calendarMain.plus(java.time.Duration.ofDays(10)));
		Map<String, String> form = Map.of("schoolId", String.valueOf(org.schoolA.id), "closeOff", "MAIN",
				"extendedUntil", day, "reason", "Trường bị ngập sau bão");

		String refused = body(perform(post("/deadlines/extensions/preview"), org.officer,
				Map.of("schoolId", String.valueOf(org.schoolA.id), "closeOff", "MAIN", "extendedUntil", day,
						"reason", " ")).andExpect(status().isUnprocessableEntity()));
		assertThat(refused).contains("Hãy ghi lý do gia hạn.");

		String preview = body(perform(post("/deadlines/extensions/preview"), org.officer, form));
		assertThat(preview).contains("Trường Tiểu học A " + org.tag, CalendarManagement.shown(PageDates.closeOff(day)));
		assertThat(management.extensions(org.yearId))
			.noneMatch(e -> e.getSchoolId() == org.schoolA.id && e.getCloseOff() == CloseOff.MAIN);

		perform(post("/deadlines/extensions"), org.officer, form).andExpect(redirectedUrl("/deadlines"));

		assertThat(deadlines.at(DeadlineKind.MAIN_CLOSE_OFF, org.schoolA.id, org.yearId))
			.isEqualTo(PageDates.closeOff(day));
		assertThat(page(org.officer)).contains("id=\"extensions\"", "Trường bị ngập sau bão");
	}

	@Test
	void opensTheSchoolYearOnceAndCountsWhatAnExtensionWouldMove() throws Exception {

		perform(post("/deadlines/open-year"), org.officer, Map.of()).andExpect(flash().attribute("opened", 2));
		perform(post("/deadlines/open-year"), org.officer, Map.of()).andExpect(flash().attribute("opened", 0));

		String day = PageDates.day(management.calendar(org.yearId).mainCloseOff().plus(java.time.Duration.ofDays(3)));
		String preview = body(perform(post("/deadlines/extensions/preview"), org.officer,
				Map.of("schoolId", String.valueOf(org.schoolB.id), "closeOff", "MAIN", "extendedUntil", day,
						"reason", "Điểm trường xa")));

		// School B's school year process waits for its reminder; its two class books wait for preparation.
		assertThat(row(preview, "MAIN_REMINDER")).contains("class=\"number timers\">1<", "Đổi");
		assertThat(row(preview, "PREPARATION_DUE")).contains("class=\"number tasks\">2<");
		assertThat(row(preview, "SUPPLEMENTARY_CLOSE_OFF")).contains("Giữ nguyên");
	}

	@Test
	void twoSavesOfOneCalendarFormAtOnceHaveOneEffectAndNoError() throws Exception {

		Instant main = management.calendar(org.yearId).mainCloseOff();
		Map<String, String> form = calendarForm(PageDates.day(main.plus(java.time.Duration.ofDays(1))));
		int saved = auditRows("CALENDAR");

		List<MvcResult> results = atOnce(() -> perform(post("/deadlines/calendar"), org.officer, form).andReturn());

		assertThat(results).extracting(result -> result.getResponse().getStatus()).containsOnly(302);
		assertThat(results).extracting(result -> result.getFlashMap().get("saved"))
			.containsExactlyInAnyOrder("deadlines.saved.calendar", "deadlines.saved.already");
		assertThat(auditRows("CALENDAR")).isEqualTo(saved + 1);
	}

	@Test
	void refusesASaveOvertakenBySomeoneElsesWithAMessage() throws Exception {

		CalendarSettings current = management.calendar(org.yearId);
		Map<String, String> form = calendarForm(PageDates.day(current.mainCloseOff().plus(java.time.Duration
			.ofDays(5))));
		management.editCalendar(org.yearId, new CalendarSettings(current.mainCloseOff(),
				current.supplementaryCloseOff(), 8, 7, 14, 10, 6, 3, 5, 7), null);

		String page = body(perform(post("/deadlines/calendar"), org.officer, form)
			.andExpect(status().isConflict()));

		assertThat(page).contains("id=\"refusal\"", "người khác đã lưu lịch");
		assertThat(management.calendar(org.yearId).mainCloseOff()).isEqualTo(current.mainCloseOff());
	}

	@Test
	void twoGrantsOfOneExtensionAtOnceHaveOneEffectAndNoError() throws Exception {

		Instant supplementary = management.calendar(org.yearId).supplementaryCloseOff();
		Map<String, String> form = Map.of("schoolId", String.valueOf(org.schoolA.id), "closeOff", "SUPPLEMENTARY",
				"extendedUntil", PageDates.day(supplementary.plus(java.time.Duration.ofDays(3))), "reason",
				"Hai thẻ cùng lúc");
		int granted = auditRows("EXTENSION_SUPPLEMENTARY");

		List<MvcResult> results = atOnce(() -> perform(post("/deadlines/extensions"), org.officer, form)
			.andReturn());

		assertThat(results).extracting(result -> result.getResponse().getStatus()).containsOnly(302);
		assertThat(results).extracting(result -> result.getFlashMap().get("saved"))
			.containsExactlyInAnyOrder("deadlines.saved.extension", "deadlines.saved.already");
		assertThat(auditRows("EXTENSION_SUPPLEMENTARY")).isEqualTo(granted + 1);
	}

	@Test
	void refusesAnExtensionReasonLongerThanItsColumnInPreviewAndSave() throws Exception {

		Instant main = management.calendar(org.yearId).mainCloseOff();
		Map<String, String> form = Map.of("schoolId", String.valueOf(org.schoolB.id), "closeOff", "MAIN",
				"extendedUntil", PageDates.day(main.plus(java.time.Duration.ofDays(20))), "reason", "a".repeat(1001));

		for (String path : new String[] { "/deadlines/extensions/preview", "/deadlines/extensions" }) {
			String page = body(perform(post(path), org.officer, form).andExpect(status().isUnprocessableEntity()));
			assertThat(page).contains("id=\"refusal\"", "tối đa 1.000 ký tự", "a".repeat(1001));
		}
		assertThat(management.extensions(org.yearId)).noneMatch(e -> e.getSchoolId() == org.schoolB.id
				&& e.getExtendedUntil().equals(PageDates.closeOff(form.get("extendedUntil"))));
	}

	@Test
	void refusesStepDueDatesOutOfTheOrderOfTheSteps() throws Exception {

		CalendarSettings before = management.calendar(org.yearId);
		Map<String, String> form = calendarForm(PageDates.day(before.mainCloseOff()));
		form.putAll(Map.of("preparationDueDays", "1", "teacherApprovalDueDays", "10", "principalApprovalDueDays",
				"20", "submissionDueDays", "30"));

		for (String path : new String[] { "/deadlines/calendar/preview", "/deadlines/calendar" }) {
			String page = body(perform(post(path), org.officer, form).andExpect(status().isUnprocessableEntity()));
			assertThat(page).contains("id=\"refusal\"", "Hạn các bước phải theo thứ tự");
		}
		assertThat(management.calendar(org.yearId)).isEqualTo(before);
	}

	@Test
	void warnsWhenAReminderOrDueDateWouldFallInThePastAndLimitsTheInputsAsTheServerDoes() throws Exception {

		String soon = PageDates.day(Instant.now().plus(java.time.Duration.ofDays(10)));
		Map<String, String> form = calendarForm(soon);
		form.putAll(Map.of("mainReminderDays", "60", "preparationDueDays", "60"));

		String preview = body(perform(post("/deadlines/calendar/preview"), org.officer, form)
			.andExpect(status().isOk()));

		assertThat(preview).contains("id=\"past-warnings\"", "id=\"confirm-form\"");
		assertThat(preview.substring(preview.indexOf("id=\"past-warnings\""))).contains("Nhắc trước hạn chốt chính",
				"Hạn hoàn thành học bạ", "đã qua");
		String page = page(org.officer);
		assertThat(input(page, "mainReminderDays")).contains("max=\"60\"");
		assertThat(input(page, "preparationDueDays")).contains("max=\"120\"");
	}

	@Test
	void tellsWhichExtensionsStopCountingWhenTheCalendarPassesThem() throws Exception {

		CalendarSettings current = management.calendar(org.yearId);
		Instant extended = current.supplementaryCloseOff().plus(java.time.Duration.ofDays(5));
		management.grantExtension(org.yearId, org.schoolB.id, CloseOff.SUPPLEMENTARY,
				extended, "Điểm trường xa", null);
		Map<String, String> form = calendarForm(PageDates.day(current.mainCloseOff()));
		String later = PageDates.day(current.supplementaryCloseOff().plus(java.time.Duration.ofDays(10)));
		form.put("supplementaryCloseOff", later);

		String preview = body(perform(post("/deadlines/calendar/preview"), org.officer, form));

		assertThat(preview).contains("id=\"lapsing\"", "không còn hiệu lực",
				"Trường Tiểu học B " + org.tag + ": Hạn chốt bổ sung gia hạn đến "
						+ CalendarManagement.shown(extended));
		perform(post("/deadlines/calendar"), org.officer, form).andExpect(redirectedUrl("/deadlines"));
		assertThat(deadlines.at(DeadlineKind.SUPPLEMENTARY_CLOSE_OFF, org.schoolB.id, org.yearId))
			.isEqualTo(PageDates.closeOff(later));
		assertThat(page(org.officer)).contains("Không còn hiệu lực: hạn của lịch ("
				+ CalendarManagement.shown(PageDates.closeOff(later)) + ")");
	}

	@Test
	void showsTheAuditLogReadablyInVietnamsTime() throws Exception {

		Instant main = management.calendar(org.yearId).mainCloseOff();
		Instant moved = main.plus(java.time.Duration.ofDays(4));
		perform(post("/deadlines/calendar"), org.officer, calendarForm(PageDates.day(moved)))
			.andExpect(redirectedUrl("/deadlines"));

		String audit = page(org.officer);
		audit = audit.substring(audit.indexOf("id=\"audit\""));

		assertThat(audit).contains("Lịch được sửa", "Hạn chính " + CalendarManagement.shown(moved), "Tính lại các mốc",
				"mốc hẹn giờ và");
		assertThat(audit).doesNotContain("main=", "instances=", "TIMERS_RECALCULATED", ":00Z");
		String english = body(mvc.perform(get("/deadlines").param("lang", "en")
			.with(user(users.loadUserByUsername(org.officer)))));
		assertThat(english).contains("Calendar edited", "Main " + CalendarManagement.shown(moved));
	}

	private List<MvcResult> atOnce(Callable<MvcResult> request) throws Exception {

		ExecutorService two = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<MvcResult>> results = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				results.add(two.submit(() -> {
					start.await();
					return request.call();
				}));
			}
			start.countDown();
			List<MvcResult> done = new ArrayList<>();
			for (Future<MvcResult> result : results) {
				done.add(result.get(60, TimeUnit.SECONDS));
			}
			return done;
		}
		finally {
			two.shutdown();
		}
	}

	private int auditRows(String change) {
		return jdbc.queryForObject("select count(*) from deadline_audit where school_year_id = ? and change = ?",
				Integer.class, org.yearId, change);
	}

	private static String input(String page, String name) {
		int start = page.indexOf("id=\"" + name + "\"");
		assertThat(start).as("input " + name).isNotNegative();
		return page.substring(page.lastIndexOf("<input", start), page.indexOf(">", start));
	}

	private static String row(String page, String kind) {
		int start = page.indexOf("id=\"move-" + kind + "\"");
		assertThat(start).as("row of " + kind).isNotNegative();
		return page.substring(start, page.indexOf("</tr>", start));
	}

	private Map<String, String> calendarForm(String mainDay) {
		CalendarSettings current = management.calendar(org.yearId);
		Map<String, String> form = new HashMap<>(Map.of("mainCloseOff", mainDay, "supplementaryCloseOff",
				PageDates.day(current.supplementaryCloseOff()), "mainReminderDays", "7", "supplementaryReminderDays",
				"7", "preparationDueDays", "14", "teacherApprovalDueDays", "10", "principalApprovalDueDays", "6",
				"submissionDueDays", "3", "supplementaryTaskDueDays", "5", "escalationDueDays", "7"));
		form.put("version", String.valueOf(management.calendarVersion(org.yearId)));
		return form;
	}

	private ResultActions perform(MockHttpServletRequestBuilder request, String username, Map<String, String> form)
			throws Exception {
		form.forEach(request::param);
		return mvc.perform(request.with(user(users.loadUserByUsername(username))).with(csrf()));
	}

	private String page(String username) throws Exception {
		return body(mvc.perform(get("/deadlines").with(user(users.loadUserByUsername(username))))
			.andExpect(status().isOk()));
	}

	private static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
