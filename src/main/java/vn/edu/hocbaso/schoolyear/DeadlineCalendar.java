package vn.edu.hocbaso.schoolyear;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The cut-off calendar of one school year, edited by the department. Instants are stored in UTC.
 */
@Entity
@Table(name = "deadline_calendar")
class DeadlineCalendar {

	@Id
	private Long schoolYearId;

	private Instant mainCloseOff;

	private Instant supplementaryCloseOff;

	private int mainReminderDays;

	private int supplementaryReminderDays;

	private int preparationDueDays;

	private int teacherApprovalDueDays;

	private int principalApprovalDueDays;

	private int submissionDueDays;

	private int supplementaryTaskDueDays;

	private int escalationDueDays;

	@Version
	private long version;

	protected DeadlineCalendar() {
	}

	CalendarSettings settings() {
		return new CalendarSettings(mainCloseOff, supplementaryCloseOff, mainReminderDays, supplementaryReminderDays,
				preparationDueDays, teacherApprovalDueDays, principalApprovalDueDays, submissionDueDays,
				supplementaryTaskDueDays, escalationDueDays);
	}

	void change(CalendarSettings settings) {
		this.mainCloseOff = settings.mainCloseOff();
		this.supplementaryCloseOff = settings.supplementaryCloseOff();
		this.mainReminderDays = settings.mainReminderDays();
		this.supplementaryReminderDays = settings.supplementaryReminderDays();
		this.preparationDueDays = settings.preparationDueDays();
		this.teacherApprovalDueDays = settings.teacherApprovalDueDays();
		this.principalApprovalDueDays = settings.principalApprovalDueDays();
		this.submissionDueDays = settings.submissionDueDays();
		this.supplementaryTaskDueDays = settings.supplementaryTaskDueDays();
		this.escalationDueDays = settings.escalationDueDays();
	}

	long getVersion() {
		return version;
	}

	Long getSchoolYearId() {
		return schoolYearId;
	}

}
