package vn.edu.hocbaso.workflow;

import java.time.Instant;

import vn.edu.hocbaso.schoolyear.CalendarSettings;
import vn.edu.hocbaso.schoolyear.DeadlineRefused;

/**
 * The calendar as the deadlines page posts it: close-off dates (yyyy-MM-dd, a day in Vietnam; the close-off is
 * 00:00 of that day) and whole days; and the version of the calendar the edit started from, so that a save
 * overtaken by someone else's is refused rather than overwriting it unseen.
 */
record CalendarForm(String mainCloseOff, String supplementaryCloseOff, Integer mainReminderDays,
		Integer supplementaryReminderDays, Integer preparationDueDays, Integer teacherApprovalDueDays,
		Integer principalApprovalDueDays, Integer submissionDueDays, Integer supplementaryTaskDueDays,
		Integer escalationDueDays, Long version) {

	static CalendarForm of(CalendarSettings settings, long version) {
		return new CalendarForm(PageDates.day(settings.mainCloseOff()), PageDates.day(settings.supplementaryCloseOff()),
				settings.mainReminderDays(), settings.supplementaryReminderDays(), settings.preparationDueDays(),
				settings.teacherApprovalDueDays(), settings.principalApprovalDueDays(), settings.submissionDueDays(),
				settings.supplementaryTaskDueDays(), settings.escalationDueDays(), version);
	}

	/** The settings posted; a close-off left on its day keeps its exact instant. */
	CalendarSettings settings(CalendarSettings current) {
		return new CalendarSettings(closeOff(mainCloseOff, current.mainCloseOff()),
				closeOff(supplementaryCloseOff, current.supplementaryCloseOff()), days(mainReminderDays),
				days(supplementaryReminderDays), days(preparationDueDays), days(teacherApprovalDueDays),
				days(principalApprovalDueDays), days(submissionDueDays), days(supplementaryTaskDueDays),
				days(escalationDueDays));
	}

	private static Instant closeOff(String posted, Instant current) {
		return PageDates.day(current).equals(posted) ? current : PageDates.closeOff(posted);
	}

	private static int days(Integer value) {
		if (value == null) {
			throw new DeadlineRefused("deadlines.form.daysMissing");
		}
		return value;
	}

}
