package vn.edu.hocbaso.schoolyear;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * The one computation of every deadline: defaults of DOMAIN.md §8b, due dates from the effective close-offs,
 * extensions that only ever move a close-off later.
 */
class DeadlineScheduleTests {

	static final CalendarSettings DEFAULTS = CalendarSettings.defaults(new SchoolYear(2026));

	static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

	@Test
	void closesOffAtMidnightInVietnamOnThirtiethJuneAndFifteenthAugust() {

		DeadlineSchedule schedule = DeadlineSchedule.of(DEFAULTS, null, null);

		assertThat(schedule.at(DeadlineKind.MAIN_CLOSE_OFF, NOW)).isEqualTo("2027-06-29T17:00:00Z");
		assertThat(schedule.at(DeadlineKind.SUPPLEMENTARY_CLOSE_OFF, NOW)).isEqualTo("2027-08-14T17:00:00Z");
		assertThat(schedule.at(DeadlineKind.MAIN_REMINDER, NOW)).isEqualTo("2027-06-22T17:00:00Z");
		assertThat(schedule.at(DeadlineKind.PREPARATION_DUE, NOW)).isEqualTo("2027-06-15T17:00:00Z");
		assertThat(schedule.at(DeadlineKind.SUPPLEMENTARY_TASK_DUE, NOW)).isEqualTo("2027-08-09T17:00:00Z");
	}

	@Test
	void derivesDueDatesFromTheExtendedCloseOff() {

		DeadlineSchedule schedule = DeadlineSchedule.of(DEFAULTS, Instant.parse("2027-07-09T17:00:00Z"), null);

		assertThat(schedule.at(DeadlineKind.MAIN_CLOSE_OFF, NOW)).isEqualTo("2027-07-09T17:00:00Z");
		assertThat(schedule.at(DeadlineKind.SUBMISSION_DUE, NOW)).isEqualTo("2027-07-06T17:00:00Z");
		assertThat(schedule.at(DeadlineKind.SUPPLEMENTARY_CLOSE_OFF, NOW)).isEqualTo("2027-08-14T17:00:00Z");
	}

	@Test
	void ignoresAnExtensionTheCalendarHasOvertaken() {

		DeadlineSchedule schedule = DeadlineSchedule.of(DEFAULTS, Instant.parse("2027-06-01T00:00:00Z"), null);

		assertThat(schedule.at(DeadlineKind.MAIN_CLOSE_OFF, NOW)).isEqualTo(DEFAULTS.mainCloseOff());
	}

	@Test
	void dueDateOfTheEscalationFollowsTheCloseOffThatRaisedIt() {

		DeadlineSchedule schedule = DeadlineSchedule.of(DEFAULTS, null, null);

		assertThat(schedule.at(DeadlineKind.ESCALATION_DUE, Instant.parse("2027-07-01T00:00:00Z")))
			.isEqualTo("2027-07-06T17:00:00Z");
		assertThat(schedule.at(DeadlineKind.ESCALATION_DUE, Instant.parse("2027-08-16T00:00:00Z")))
			.isEqualTo("2027-08-21T17:00:00Z");
	}

}
