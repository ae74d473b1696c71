package vn.edu.hocbaso.schoolyear;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers when each deadline falls for a school, from the school year's calendar and the school's extensions
 * (an extension wins over the calendar when it is later). Task due dates are derived from the effective
 * close-offs. A year whose calendar was never asked for gets the default calendar on first use.
 * <p>
 * Named {@code deadlineCalendar}: the BPMN files' bean {@code deadlines} is the workflow module's
 * ProcessDeadlines.
 */
@Service("deadlineCalendar")
@Transactional(readOnly = true)
public class Deadlines {

	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final DeadlineCalendarRepository calendars;

	private final DeadlineExtensionRepository extensions;

	private final CalendarRows rows;

	private final Clock clock;

	Deadlines(DeadlineCalendarRepository calendars, DeadlineExtensionRepository extensions, CalendarRows rows,
			Clock clock) {
		this.calendars = calendars;
		this.extensions = extensions;
		this.rows = rows;
		this.clock = clock;
	}

	public Instant at(DeadlineKind kind, long schoolId, long schoolYearId) {
		return schedule(schoolId, schoolYearId).at(kind, clock.instant());
	}

	/** The school's deadlines this year. */
	public DeadlineSchedule schedule(long schoolId, long schoolYearId) {
		return schedule(settings(schoolYearId), schoolId, schoolYearId);
	}

	/** The school's deadlines if the calendar had the given settings: the preview of an edit. */
	public DeadlineSchedule schedule(CalendarSettings settings, long schoolId, long schoolYearId) {

		Map<CloseOff, Instant> extended = new EnumMap<>(CloseOff.class);
		extensions.findBySchoolYearIdAndSchoolId(schoolYearId, schoolId)
			.forEach(extension -> extended.put(extension.getCloseOff(), extension.getExtendedUntil()));

		return DeadlineSchedule.of(settings, extended.get(CloseOff.MAIN), extended.get(CloseOff.SUPPLEMENTARY));
	}

	/** The calendar of a school year, created with the defaults when it does not exist yet. */
	public CalendarSettings settings(long schoolYearId) {
		return calendars.findById(schoolYearId)
			.map(DeadlineCalendar::settings)
			.orElseGet(() -> rows.createDefault(schoolYearId));
	}

}
