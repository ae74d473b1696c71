package vn.edu.hocbaso.schoolyear;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The editable values of a school year's calendar. The close-offs are instants; everything else is whole days
 * before a close-off (or, for the department's escalation task, after it).
 *
 * @param mainReminderDays days before the main close-off that the reminder goes out
 * @param preparationDueDays days before the main close-off that the class's preparation is due
 * @param supplementaryTaskDueDays days before the supplementary close-off that its tasks are due
 * @param escalationDueDays days after the close-off that the department's escalation task is due
 */
public record CalendarSettings(Instant mainCloseOff, Instant supplementaryCloseOff, int mainReminderDays,
		int supplementaryReminderDays, int preparationDueDays, int teacherApprovalDueDays,
		int principalApprovalDueDays, int submissionDueDays, int supplementaryTaskDueDays, int escalationDueDays) {

	/** The largest offsets the calendar table accepts: before a close-off, and for reminders and escalation. */
	public static final int MAX_DUE_DAYS = 120;

	public static final int MAX_SHORT_DAYS = 60;

	/** DOMAIN.md §8b: 30 June and 15 August of the year's end, 00:00 in Vietnam ("before 30/6", "before 15/8"). */
	public static CalendarSettings defaults(SchoolYear year) {

		int end = year.getStartYear() + 1;
		Instant main = LocalDate.of(end, 6, 30).atStartOfDay(Deadlines.VIETNAM).toInstant();
		Instant supplementary = LocalDate.of(end, 8, 15).atStartOfDay(Deadlines.VIETNAM).toInstant();

		return new CalendarSettings(main, supplementary, 7, 7, 14, 10, 6, 3, 5, 7);
	}

	public CalendarSettings withCloseOffs(Instant main, Instant supplementary) {
		return new CalendarSettings(main, supplementary, mainReminderDays, supplementaryReminderDays,
				preparationDueDays, teacherApprovalDueDays, principalApprovalDueDays, submissionDueDays,
				supplementaryTaskDueDays, escalationDueDays);
	}

	public Instant closeOff(CloseOff closeOff) {
		return closeOff == CloseOff.MAIN ? mainCloseOff : supplementaryCloseOff;
	}

	/** For the audit log: every value in one line, instants in UTC. */
	public String describe() {
		return "main=" + mainCloseOff + " supplementary=" + supplementaryCloseOff + " reminders=" + mainReminderDays
				+ "/" + supplementaryReminderDays + " due=" + preparationDueDays + "/" + teacherApprovalDueDays + "/"
				+ principalApprovalDueDays + "/" + submissionDueDays + "/" + supplementaryTaskDueDays
				+ " escalation=" + escalationDueDays;
	}

}
