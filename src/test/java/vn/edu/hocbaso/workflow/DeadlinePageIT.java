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
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.edu.hocbaso.schoolyear.CalendarManagement;
import vn.edu.hocbaso.schoolyear.CalendarSettings;
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

		String newDay = PageDates.day(original.mainCloseOff().plus(java.time.Duration.ofDays(2)));
		Map<String, String> form = calendarForm(newDay);

		String preview = body(perform(post("/deadlines/calendar/preview"), org.admin, form).andExpect(status().isOk()));

		assertThat(preview).contains("id=\"confirm-form\"", "id=\"move-MAIN_CLOSE_OFF\"",
				CalendarManagement.shown(original.mainCloseOff()),
				CalendarManagement.shown(PageDates.closeOff(newDay)));
		assertThat(management.calendar(org.yearId).mainCloseOff()).isEqualTo(original.mainCloseOff());

		perform(post("/deadlines/calendar"), org.admin, form).andExpect(redirectedUrl("/deadlines"));

		assertThat(management.calendar(org.yearId).mainCloseOff()).isEqualTo(PageDates.closeOff(newDay));
		assertThat(deadlines.at(DeadlineKind.MAIN_CLOSE_OFF, org.schoolB.id, org.yearId))
			.isEqualTo(PageDates.closeOff(newDay));
		assertThat(page(org.admin)).contains("CALENDAR", CalendarManagement.shown(PageDates.closeOff(newDay)));
	}

	@Test
	void refusesADateInThePastWithAMessageAndChangesNothing() throws Exception {

		CalendarSettings before = management.calendar(org.yearId);

		String page = body(perform(post("/deadlines/calendar"), org.officer, calendarForm("2020-06-30"))
			.andExpect(status().isOk()));

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

		String page = body(perform(post("/deadlines/calendar"), org.officer, form).andExpect(status().isOk()));

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
						"reason", " ")));
		assertThat(refused).contains("Hãy ghi lý do gia hạn.");

		String preview = body(perform(post("/deadlines/extensions/preview"), org.officer, form));
		assertThat(preview).contains("Trường Tiểu học A " + org.tag, CalendarManagement.shown(PageDates.closeOff(day)));
		assertThat(management.extensions(org.yearId)).noneMatch(e -> e.getSchoolId() == org.schoolA.id);

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

	private static String row(String page, String kind) {
		int start = page.indexOf("id=\"move-" + kind + "\"");
		assertThat(start).as("row of " + kind).isNotNegative();
		return page.substring(start, page.indexOf("</tr>", start));
	}

	private Map<String, String> calendarForm(String mainDay) {
		CalendarSettings current = management.calendar(org.yearId);
		return Map.of("mainCloseOff", mainDay, "supplementaryCloseOff", PageDates.day(current.supplementaryCloseOff()),
				"mainReminderDays", "7", "supplementaryReminderDays", "7", "preparationDueDays", "14",
				"teacherApprovalDueDays", "10", "principalApprovalDueDays", "6", "submissionDueDays", "3",
				"supplementaryTaskDueDays", "5", "escalationDueDays", "7");
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
