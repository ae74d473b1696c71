package vn.edu.hocbaso.schoolyear;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The department's edits of the deadlines: the calendar of a school year and extensions for single schools,
 * each checked against server time, written to the audit log and announced with {@link DeadlinesChanged} so
 * that the waiting timers and task due dates follow. Refusals are {@link DeadlineRefused}; nothing changes.
 */
@Service
@Transactional
public class CalendarManagement {

	private static final Logger LOG = LoggerFactory.getLogger(CalendarManagement.class);

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
		.withZone(Deadlines.VIETNAM);

	/** The longest reason an extension keeps: the column's length. */
	public static final int MAX_REASON = 1000;

	private final Deadlines deadlines;

	private final CalendarRows rows;

	private final DeadlineCalendarRepository calendars;

	private final DeadlineExtensionRepository extensions;

	private final DeadlineAuditRepository audit;

	private final LateClassRepository lateClasses;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CalendarManagement(Deadlines deadlines, CalendarRows rows, DeadlineCalendarRepository calendars,
			DeadlineExtensionRepository extensions, DeadlineAuditRepository audit, LateClassRepository lateClasses,
			ApplicationEventPublisher events, Clock clock) {
		this.deadlines = deadlines;
		this.rows = rows;
		this.calendars = calendars;
		this.extensions = extensions;
		this.audit = audit;
		this.lateClasses = lateClasses;
		this.events = events;
		this.clock = clock;
	}

	/** The calendar of a school year (created with the defaults when missing). */
	@Transactional(readOnly = true)
	public CalendarSettings calendar(long schoolYearId) {
		return deadlines.settings(schoolYearId);
	}

	/** The version of the calendar the page shows; a save based on another one was overtaken by someone. */
	@Transactional(readOnly = true)
	public long calendarVersion(long schoolYearId) {
		deadlines.settings(schoolYearId);
		return calendars.findById(schoolYearId).orElseThrow().getVersion();
	}

	@Transactional(readOnly = true)
	public List<DeadlineExtension> extensions(long schoolYearId) {
		return extensions.findBySchoolYearIdOrderByGrantedAtDesc(schoolYearId);
	}

	/** The latest entries of the audit log, newest first. */
	@Transactional(readOnly = true)
	public List<DeadlineAudit> auditLog(long schoolYearId) {
		return audit.findTop50BySchoolYearIdOrderByIdDesc(schoolYearId);
	}

	/** Checks an edit of the calendar without saving it (the page's preview); throws what saving would. */
	@Transactional(readOnly = true)
	public void checkCalendar(long schoolYearId, CalendarSettings proposed) {

		CalendarSettings current = deadlines.settings(schoolYearId);
		Instant now = clock.instant();

		checkDays(proposed);
		checkStepOrder(proposed);
		checkNotPast(current.mainCloseOff(), proposed.mainCloseOff(), now);
		checkNotPast(current.supplementaryCloseOff(), proposed.supplementaryCloseOff(), now);
		if (!proposed.supplementaryCloseOff().isAfter(proposed.mainCloseOff())) {
			throw new DeadlineRefused("deadlines.refused.supplementaryNotAfterMain", shown(proposed.mainCloseOff()),
					shown(proposed.supplementaryCloseOff()));
		}
	}

	/** Saves the calendar of a school year; every school without an extension follows it. */
	public void editCalendar(long schoolYearId, CalendarSettings proposed, Long staffId) {
		editCalendar(schoolYearId, proposed, null, staffId);
	}

	/**
	 * Saves the calendar as edited from the given version (null: whatever is current). Two saves of one form
	 * (two clicks, two tabs) take turns on the locked row: the second finds the calendar already as it asks and
	 * changes nothing; a save from an older version with other values is refused, so that nobody overwrites an
	 * edit they have not seen.
	 *
	 * @return false when the calendar already had these values and nothing was done
	 */
	public boolean editCalendar(long schoolYearId, CalendarSettings proposed, Long basedOnVersion, Long staffId) {

		DeadlineCalendar calendar = locked(schoolYearId);
		if (calendar.settings().equals(proposed)) {
			return false;
		}
		if (basedOnVersion != null && basedOnVersion != calendar.getVersion()) {
			throw new DeadlineRefused("deadlines.refused.savedMeanwhile");
		}

		checkCalendar(schoolYearId, proposed);
		String old = calendar.settings().describe();

		calendar.change(proposed);
		calendars.flush();
		audit.save(new DeadlineAudit(schoolYearId, null, DeadlineAudit.Change.CALENDAR, old, proposed.describe(), null,
				staffId, clock.instant()));

		LOG.info("Calendar of school year {} changed by staff {}: {}", schoolYearId, staffId, proposed.describe());
		events.publishEvent(new DeadlinesChanged(schoolYearId, Set.of()));
		return true;
	}

	/** Checks an extension without granting it (the page's preview); throws what granting would. */
	@Transactional(readOnly = true)
	public void checkExtension(long schoolYearId, long schoolId, CloseOff closeOff, Instant until, String reason) {

		if (reason == null || reason.isBlank()) {
			throw new DeadlineRefused("deadlines.refused.reasonBlank");
		}
		if (reason.strip().length() > MAX_REASON) {
			throw new DeadlineRefused("deadlines.refused.reasonTooLong", "1.000");
		}
		if (!until.isAfter(clock.instant())) {
			throw new DeadlineRefused("deadlines.refused.past", shown(until));
		}

		CalendarSettings calendar = deadlines.settings(schoolYearId);
		if (!until.isAfter(calendar.closeOff(closeOff))) {
			throw new DeadlineRefused("deadlines.refused.extensionNotLater", shown(until),
					shown(calendar.closeOff(closeOff)));
		}

		Instant supplementary = deadlines.schedule(schoolId, schoolYearId).supplementaryCloseOff();
		if (closeOff == CloseOff.MAIN && !supplementary.isAfter(until)) {
			throw new DeadlineRefused("deadlines.refused.supplementaryNotAfterMain", shown(until),
					shown(supplementary));
		}
	}

	/**
	 * Extends one close-off of one school; granted again, the new date replaces the earlier extension. The
	 * department's escalation task takes the same path, so that the school's timers follow.
	 *
	 * The same extension granted twice (two clicks, two tabs) takes turns on the locked calendar row and is
	 * saved once.
	 *
	 * @param staffId who granted it, or null for the system
	 * @return false when the school already had this extension and nothing was done
	 */
	public boolean grantExtension(long schoolYearId, long schoolId, CloseOff closeOff, Instant until,
			String reason, Long staffId) {

		locked(schoolYearId);
		DeadlineExtension extension = extensions
			.findBySchoolYearIdAndSchoolIdAndCloseOff(schoolYearId, schoolId, closeOff)
			.orElseGet(() -> new DeadlineExtension(schoolYearId, schoolId, closeOff));
		if (extension.isAlready(until, reason)) {
			return false;
		}

		checkExtension(schoolYearId, schoolId, closeOff, until, reason);
		String old = extension.getExtendedUntil() == null ? null : extension.getExtendedUntil().toString();

		extension.grant(until, reason.strip(), staffId, clock.instant());
		extensions.saveAndFlush(extension);
		audit.save(new DeadlineAudit(schoolYearId, schoolId, extensionChange(closeOff), old, until.toString(),
				reason.strip(), staffId, clock.instant()));

		LOG.info("School {} granted an extension of its {} close-off in school year {} until {} by staff {}",
				schoolId, closeOff, schoolYearId, until, staffId);
		events.publishEvent(new DeadlinesChanged(schoolYearId, Set.of(schoolId)));
		return true;
	}

	/** The department records a class as late at a close-off instead of extending; recorded once per close-off. */
	public void recordLate(long schoolYearId, long schoolId, long classId, CloseOff closeOff, String note,
			Long staffId) {

		if (lateClasses.findByClassIdAndCloseOff(classId, closeOff).isPresent()) {
			return;
		}

		Instant now = clock.instant();
		String text = note == null || note.isBlank() ? null : note.strip();
		lateClasses.save(new LateClass(schoolYearId, schoolId, classId, closeOff, text, staffId, now));
		audit.save(new DeadlineAudit(schoolYearId, schoolId, DeadlineAudit.Change.LATE_CLASS, null,
				"class=" + classId + " closeOff=" + closeOff, text, staffId, now));

		LOG.info("Class {} of school {} recorded as late at the {} close-off of school year {}", classId, schoolId,
				closeOff, schoolYearId);
	}

	@Transactional(readOnly = true)
	public List<LateClass> lateClasses(long schoolYearId, long schoolId) {
		return lateClasses.findBySchoolYearIdAndSchoolId(schoolYearId, schoolId);
	}

	/** Writes the outcome of a recalculation of timers and due dates after a change to the audit log. */
	public void recordRecalculation(long schoolYearId, Long schoolId, String summary) {
		audit.save(new DeadlineAudit(schoolYearId, schoolId, DeadlineAudit.Change.TIMERS_RECALCULATED, null, summary,
				null, null, clock.instant()));
	}

	/** The calendar's row, created with the defaults when missing, locked until the transaction ends. */
	private DeadlineCalendar locked(long schoolYearId) {
		return calendars.findLocked(schoolYearId).orElseGet(() -> {
			rows.createDefault(schoolYearId);
			return calendars.findLocked(schoolYearId).orElseThrow();
		});
	}

	/**
	 * The class's steps come one after the other (preparation, teacher's approval, principal's approval,
	 * submission), so their due dates must too: more days before the close-off for an earlier step.
	 */
	private static void checkStepOrder(CalendarSettings settings) {

		int[] days = { settings.preparationDueDays(), settings.teacherApprovalDueDays(),
				settings.principalApprovalDueDays(), settings.submissionDueDays() };

		for (int step = 1; step < days.length; step++) {
			if (days[step] > days[step - 1]) {
				throw new DeadlineRefused("deadlines.refused.stepOrder", String.valueOf(days[0]),
						String.valueOf(days[1]), String.valueOf(days[2]), String.valueOf(days[3]));
			}
		}
	}

	private static void checkDays(CalendarSettings settings) {
		checkDays(CalendarSettings.MAX_SHORT_DAYS, settings.mainReminderDays(), settings.supplementaryReminderDays(),
				settings.supplementaryTaskDueDays(), settings.escalationDueDays());
		checkDays(CalendarSettings.MAX_DUE_DAYS, settings.preparationDueDays(), settings.teacherApprovalDueDays(),
				settings.principalApprovalDueDays(), settings.submissionDueDays());
	}

	private static void checkDays(int max, int... days) {
		for (int value : days) {
			if (value < 0 || value > max) {
				throw new DeadlineRefused("deadlines.refused.days", String.valueOf(max));
			}
		}
	}

	/** A close-off that moves must move to the future; one left where it was may lie in the past. */
	private static void checkNotPast(Instant current, Instant proposed, Instant now) {
		if (!proposed.equals(current) && !proposed.isAfter(now)) {
			throw new DeadlineRefused("deadlines.refused.past", shown(proposed));
		}
	}

	private static DeadlineAudit.Change extensionChange(CloseOff closeOff) {
		return closeOff == CloseOff.MAIN ? DeadlineAudit.Change.EXTENSION_MAIN
				: DeadlineAudit.Change.EXTENSION_SUPPLEMENTARY;
	}

	/** A date as the department reads it: in Vietnam's time. */
	public static String shown(Instant instant) {
		return SHOWN.format(instant);
	}

}
