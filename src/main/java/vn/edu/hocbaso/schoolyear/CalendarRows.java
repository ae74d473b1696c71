package vn.edu.hocbaso.schoolyear;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates a school year's calendar with the defaults. In its own transaction, because the first question often
 * comes from a read-only place (a timer being created, a page being shown), and two first questions at once
 * must both end with the same one row.
 */
@Component
class CalendarRows {

	private final SchoolYearRepository years;

	private final JdbcTemplate jdbc;

	CalendarRows(SchoolYearRepository years, JdbcTemplate jdbc) {
		this.years = years;
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public CalendarSettings createDefault(long schoolYearId) {

		CalendarSettings defaults = CalendarSettings.defaults(years.findById(schoolYearId).orElseThrow());

		jdbc.update("""
				insert into deadline_calendar (school_year_id, main_close_off, supplementary_close_off,
					main_reminder_days, supplementary_reminder_days, preparation_due_days, teacher_approval_due_days,
					principal_approval_due_days, submission_due_days, supplementary_task_due_days, escalation_due_days)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (school_year_id) do nothing""", schoolYearId,
				utc(defaults.mainCloseOff()), utc(defaults.supplementaryCloseOff()),
				defaults.mainReminderDays(), defaults.supplementaryReminderDays(), defaults.preparationDueDays(),
				defaults.teacherApprovalDueDays(), defaults.principalApprovalDueDays(), defaults.submissionDueDays(),
				defaults.supplementaryTaskDueDays(), defaults.escalationDueDays());

		return defaults;
	}

	/** timestamptz as an offset date-time, so that the JVM's zone plays no part. */
	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
