package vn.edu.hocbaso.schoolyear;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers when each deadline falls for a school, from the school year's calendar and the school's extensions.
 * SKELETON: returns the DOMAIN §8b defaults until the calendar tables exist (helper "deadlines" replaces it).
 */
@Service("deadlineCalendar")
@Transactional(readOnly = true)
public class Deadlines {

	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final SchoolYearRepository years;

	Deadlines(SchoolYearRepository years) {
		this.years = years;
	}

	public Instant at(DeadlineKind kind, long schoolId, long schoolYearId) {

		int end = years.findById(schoolYearId).orElseThrow().getStartYear() + 1;
		Instant main = LocalDate.of(end, 6, 30).atStartOfDay(VIETNAM).toInstant();
		Instant supplementary = LocalDate.of(end, 8, 15).atStartOfDay(VIETNAM).toInstant();

		return switch (kind) {
			case MAIN_CLOSE_OFF -> main;
			case MAIN_REMINDER -> main.minus(java.time.Duration.ofDays(7));
			case SUPPLEMENTARY_CLOSE_OFF -> supplementary;
			case SUPPLEMENTARY_REMINDER -> supplementary.minus(java.time.Duration.ofDays(7));
			case PREPARATION_DUE -> main.minus(java.time.Duration.ofDays(14));
			case TEACHER_APPROVAL_DUE -> main.minus(java.time.Duration.ofDays(10));
			case PRINCIPAL_APPROVAL_DUE -> main.minus(java.time.Duration.ofDays(6));
			case SUBMISSION_DUE -> main.minus(java.time.Duration.ofDays(3));
			case SUPPLEMENTARY_TASK_DUE -> supplementary.minus(java.time.Duration.ofDays(5));
			case ESCALATION_DUE -> main.plus(java.time.Duration.ofDays(7));
		};
	}

}
