package vn.edu.hocbaso.workflow;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.edu.hocbaso.schoolyear.CalendarManagement;
import vn.edu.hocbaso.schoolyear.DeadlineAudit;

/**
 * The deadlines' audit log as the department reads it: each stored value turned into a message of its language
 * with instants in Vietnam's time. The rows stay as they were written (compact, in UTC, only added to), so the
 * entries written before this reading existed read the same way; a value that does not parse is shown as stored.
 */
final class AuditLines {

	private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");

	private static final Pattern RECALCULATED = Pattern
		.compile("instances=(\\d+) timers=\\{([^}]*)\\} tasks=\\{([^}]*)\\}(?: in (\\d+) ms)?");

	private static final Pattern COUNT = Pattern.compile("=(\\d+)");

	private AuditLines() {
	}

	static List<Line> of(List<DeadlineAudit> entries) {
		return entries.stream().map(AuditLines::line).toList();
	}

	private static Line line(DeadlineAudit entry) {
		return new Line(CalendarManagement.shown(entry.getChangedAt()), "deadlines.audit.change." + entry.getChange(),
				entry.getSchoolId(), value(entry.getChange(), entry.getOldValue()),
				value(entry.getChange(), entry.getNewValue()), entry.getReason());
	}

	private static Text value(String change, String stored) {

		if (stored == null) {
			return null;
		}

		try {
			return switch (change) {
				case "CALENDAR" -> calendar(stored);
				case "TIMERS_RECALCULATED" -> recalculated(stored);
				case "LATE_CLASS" -> lateClass(stored);
				default -> raw(stored);
			};
		}
		catch (RuntimeException unreadable) {
			return raw(stored);
		}
	}

	/** "main=… supplementary=… reminders=7/7 due=14/10/6/3/5 escalation=7" (CalendarSettings.describe). */
	private static Text calendar(String stored) {

		Map<String, String> values = pairs(stored);

		return new Text("deadlines.audit.calendar", CalendarManagement.shown(Instant.parse(values.get("main"))),
				CalendarManagement.shown(Instant.parse(values.get("supplementary"))),
				required(values, "reminders"), required(values, "due"), required(values, "escalation"));
	}

	/** "instances=45 timers={MAIN_REMINDER=1, …} tasks={…} in 12 ms": the totals are what a reader wants. */
	private static Text recalculated(String stored) {

		Matcher matcher = RECALCULATED.matcher(stored);
		if (!matcher.matches()) {
			return raw(stored);
		}

		String took = matcher.group(4) == null ? "?" : matcher.group(4);
		return new Text("deadlines.audit.recalculated", matcher.group(1), String.valueOf(sum(matcher.group(2))),
				String.valueOf(sum(matcher.group(3))), took);
	}

	/** "class=123 closeOff=MAIN". */
	private static Text lateClass(String stored) {
		Map<String, String> values = pairs(stored);
		return new Text("deadlines.audit.lateClass." + required(values, "closeOff"), required(values, "class"));
	}

	/** Anything else (an extension's date): as stored, with its instants in Vietnam's time. */
	private static Text raw(String stored) {

		Matcher matcher = INSTANT.matcher(stored);
		StringBuilder shown = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(shown, Matcher.quoteReplacement(shownOrAsIs(matcher.group())));
		}
		matcher.appendTail(shown);

		return new Text("deadlines.audit.raw", shown.toString());
	}

	private static String shownOrAsIs(String instant) {
		try {
			return CalendarManagement.shown(Instant.parse(instant));
		}
		catch (DateTimeParseException ex) {
			return instant;
		}
	}

	private static Map<String, String> pairs(String stored) {
		Map<String, String> values = new HashMap<>();
		for (String pair : stored.strip().split("\\s+")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				values.put(pair.substring(0, equals), pair.substring(equals + 1));
			}
		}
		return values;
	}

	private static String required(Map<String, String> values, String name) {
		String value = values.get(name);
		if (value == null) {
			throw new IllegalArgumentException("No " + name);
		}
		return value;
	}

	private static int sum(String counts) {
		Matcher matcher = COUNT.matcher(counts);
		int total = 0;
		while (matcher.find()) {
			total += Integer.parseInt(matcher.group(1));
		}
		return total;
	}

	/** A message key and its arguments, resolved in the reader's language by the page. */
	record Text(String key, Object... arguments) {
	}

	/** One entry of the log as shown: when (Vietnam), what kind of change, which school, before, after, why. */
	record Line(String when, String changeKey, Long schoolId, Text before, Text after, String reason) {
	}

}
