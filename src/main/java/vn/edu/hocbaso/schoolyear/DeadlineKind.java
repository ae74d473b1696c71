package vn.edu.hocbaso.schoolyear;

/**
 * The instants a school year's calendar answers for a school: the two close-offs (chốt sổ), the reminders
 * before each, and the due dates shown on the tasks of the approval steps.
 */
public enum DeadlineKind {

	MAIN_CLOSE_OFF,
	MAIN_REMINDER,
	SUPPLEMENTARY_CLOSE_OFF,
	SUPPLEMENTARY_REMINDER,
	PREPARATION_DUE,
	TEACHER_APPROVAL_DUE,
	PRINCIPAL_APPROVAL_DUE,
	SUBMISSION_DUE,
	SUPPLEMENTARY_TASK_DUE,
	ESCALATION_DUE

}
