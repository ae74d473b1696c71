package vn.edu.hocbaso.schoolyear;

import java.time.Duration;
import java.time.Instant;

/**
 * The deadlines of one school in one year: the calendar's values with the school's extensions applied. The
 * one computation behind the timers, the task due dates and the deadlines page's preview.
 *
 * @param mainCloseOff the effective main close-off (the calendar's, or the school's later extension)
 * @param supplementaryCloseOff the effective supplementary close-off
 */
public record DeadlineSchedule(CalendarSettings settings, Instant mainCloseOff, Instant supplementaryCloseOff) {

	/** The schedule of a school; an extension counts only when it is later than the calendar's date. */
	public static DeadlineSchedule of(CalendarSettings settings, Instant mainExtension,
			Instant supplementaryExtension) {
		return new DeadlineSchedule(settings, later(settings.mainCloseOff(), mainExtension),
				later(settings.supplementaryCloseOff(), supplementaryExtension));
	}

	private static Instant later(Instant calendar, Instant extension) {
		return extension != null && extension.isAfter(calendar) ? extension : calendar;
	}

	public Instant closeOff(CloseOff closeOff) {
		return closeOff == CloseOff.MAIN ? mainCloseOff : supplementaryCloseOff;
	}

	/**
	 * When a kind of deadline falls. The escalation task follows the close-off that raised it: the main one until
	 * the supplementary close-off has passed ({@code now}, server time), the supplementary one afterwards.
	 */
	public Instant at(DeadlineKind kind, Instant now) {
		return switch (kind) {
			case MAIN_CLOSE_OFF -> mainCloseOff;
			case MAIN_REMINDER -> daysBefore(mainCloseOff, settings.mainReminderDays());
			case SUPPLEMENTARY_CLOSE_OFF -> supplementaryCloseOff;
			case SUPPLEMENTARY_REMINDER -> daysBefore(supplementaryCloseOff, settings.supplementaryReminderDays());
			case PREPARATION_DUE -> daysBefore(mainCloseOff, settings.preparationDueDays());
			case TEACHER_APPROVAL_DUE -> daysBefore(mainCloseOff, settings.teacherApprovalDueDays());
			case PRINCIPAL_APPROVAL_DUE -> daysBefore(mainCloseOff, settings.principalApprovalDueDays());
			case SUBMISSION_DUE -> daysBefore(mainCloseOff, settings.submissionDueDays());
			case SUPPLEMENTARY_TASK_DUE -> daysBefore(supplementaryCloseOff, settings.supplementaryTaskDueDays());
			case ESCALATION_DUE -> escalatedCloseOff(now).plus(Duration.ofDays(settings.escalationDueDays()));
		};
	}

	private Instant escalatedCloseOff(Instant now) {
		return now.isBefore(supplementaryCloseOff) ? mainCloseOff : supplementaryCloseOff;
	}

	private static Instant daysBefore(Instant closeOff, int days) {
		return closeOff.minus(Duration.ofDays(days));
	}

}
