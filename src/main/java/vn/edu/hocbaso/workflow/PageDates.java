package vn.edu.hocbaso.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import vn.edu.hocbaso.schoolyear.DeadlineRefused;
import vn.edu.hocbaso.schoolyear.Deadlines;

/**
 * Dates on the deadlines page: shown and typed as days in Vietnam; a close-off on day D is 00:00 of D there
 * ("before 30/6"), stored as an instant in UTC.
 */
final class PageDates {

	private PageDates() {
	}

	static String day(Instant instant) {
		return instant.atZone(Deadlines.VIETNAM).toLocalDate().toString();
	}

	static Instant closeOff(String day) {
		try {
			return LocalDate.parse(day == null ? "" : day.strip()).atStartOfDay(Deadlines.VIETNAM).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new DeadlineRefused("deadlines.form.badDate", day == null ? "" : day);
		}
	}

}
