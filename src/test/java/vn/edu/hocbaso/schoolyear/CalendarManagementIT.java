package vn.edu.hocbaso.schoolyear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import vn.edu.hocbaso.testing.OrganisationFixture;

/**
 * The calendar on the real database, in a school year of its own (2001-2002, long past, so that no other test
 * takes it for the latest year; the engine's clock is moved to its autumn) so that no other test's
 * deadlines move: defaults on first use, edits and extensions with their refusals, the audit log, the event.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@RecordApplicationEvents
class CalendarManagementIT {

	static final int START_YEAR = 2001;

	@Autowired
	CalendarManagement management;

	@Autowired
	Deadlines deadlines;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	ApplicationEvents events;

	OrganisationFixture org;

	long yearId;

	@BeforeAll
	void createYear() {
		org = new OrganisationFixture(jdbc, encoder);
		jdbc.update("insert into school_year (start_year, starts_on, ends_on) values (?, ?, ?) "
				+ "on conflict (start_year) do nothing", START_YEAR, LocalDate.of(START_YEAR, 9, 5),
				LocalDate.of(START_YEAR + 1, 5, 31));
		yearId = jdbc.queryForObject("select id from school_year where start_year = ?", Long.class, START_YEAR);
	}

	@BeforeEach
	void startFromTheDefaultsInTheAutumn() {
		ClockUtil.setCurrentTime(java.util.Date.from(Instant.parse("2001-12-01T00:00:00Z")));
		jdbc.update("delete from deadline_extension where school_year_id = ?", yearId);
		jdbc.update("delete from deadline_calendar where school_year_id = ?", yearId);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void createsTheDefaultCalendarOnFirstQuestion() {

		Instant main = deadlines.at(DeadlineKind.MAIN_CLOSE_OFF, org.schoolA.id, yearId);

		assertThat(main).isEqualTo("2002-06-29T17:00:00Z");
		assertThat(jdbc.queryForObject("select main_close_off from deadline_calendar where school_year_id = ?",
				Instant.class, yearId)).isEqualTo(main);
	}

	@Test
	void movesEverySchoolsDeadlinesWithTheCalendarAndAuditsIt() {

		CalendarSettings moved = management.calendar(yearId)
			.withCloseOffs(Instant.parse("2002-07-04T17:00:00Z"), Instant.parse("2002-08-19T17:00:00Z"));
		management.editCalendar(yearId, moved, null);

		assertThat(deadlines.at(DeadlineKind.MAIN_CLOSE_OFF, org.schoolB.id, yearId)).isEqualTo("2002-07-04T17:00:00Z");
		assertThat(deadlines.at(DeadlineKind.SUBMISSION_DUE, org.schoolB.id, yearId)).isEqualTo("2002-07-01T17:00:00Z");
		assertThat(management.auditLog(yearId)).filteredOn(entry -> entry.getChange().equals("CALENDAR"))
			.singleElement()
			.satisfies(entry -> assertThat(entry.getNewValue()).contains("main=2002-07-04T17:00:00Z"));
		assertThat(events.stream(DeadlinesChanged.class)).containsExactly(new DeadlinesChanged(yearId, Set.of()));
	}

	@Test
	void extensionWinsOverTheCalendarForItsSchoolOnly() {

		management.grantExtension(yearId, org.schoolA.id, CloseOff.MAIN, Instant.parse("2002-07-14T17:00:00Z"),
				"Trường bị ngập lụt", null);

		assertThat(deadlines.at(DeadlineKind.MAIN_CLOSE_OFF, org.schoolA.id, yearId)).isEqualTo("2002-07-14T17:00:00Z");
		assertThat(deadlines.at(DeadlineKind.MAIN_CLOSE_OFF, org.schoolB.id, yearId)).isEqualTo("2002-06-29T17:00:00Z");
		assertThat(management.extensions(yearId)).singleElement()
			.satisfies(extension -> assertThat(extension.getReason()).isEqualTo("Trường bị ngập lụt"));
		assertThat(management.auditLog(yearId)).extracting(DeadlineAudit::getChange).contains("EXTENSION_MAIN");
		assertThat(events.stream(DeadlinesChanged.class))
			.containsExactly(new DeadlinesChanged(yearId, Set.of(org.schoolA.id)));
	}

	@Test
	void refusesAnEditThatBreaksTheRulesAndChangesNothing() {

		CalendarSettings current = management.calendar(yearId);

		assertRefused(() -> management.editCalendar(yearId,
				current.withCloseOffs(Instant.parse("2001-06-29T17:00:00Z"), current.supplementaryCloseOff()), null),
				"deadlines.refused.past");
		assertRefused(() -> management.editCalendar(yearId,
				current.withCloseOffs(current.mainCloseOff(), Instant.parse("2002-06-01T00:00:00Z")), null),
				"deadlines.refused.supplementaryNotAfterMain");
		assertRefused(() -> management.grantExtension(yearId, org.schoolA.id, CloseOff.MAIN,
				Instant.parse("2002-06-20T00:00:00Z"), "lí do", null), "deadlines.refused.extensionNotLater");
		assertRefused(() -> management.grantExtension(yearId, org.schoolA.id, CloseOff.MAIN,
				Instant.parse("2002-07-20T00:00:00Z"), "  ", null), "deadlines.refused.reasonBlank");
		assertRefused(() -> management.grantExtension(yearId, org.schoolA.id, CloseOff.MAIN,
				Instant.parse("2002-08-20T00:00:00Z"), "lí do", null), "deadlines.refused.supplementaryNotAfterMain");

		assertThat(management.calendar(yearId)).isEqualTo(current);
		assertThat(management.extensions(yearId)).isEmpty();
		assertThat(events.stream(DeadlinesChanged.class)).isEmpty();
	}

	private static void assertRefused(Runnable edit, String messageKey) {
		assertThatExceptionOfType(DeadlineRefused.class).isThrownBy(edit::run)
			.satisfies(refused -> assertThat(refused.getMessageKey()).isEqualTo(messageKey));
	}

}
