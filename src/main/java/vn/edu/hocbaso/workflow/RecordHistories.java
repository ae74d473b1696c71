package vn.edu.hocbaso.workflow;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.edu.hocbaso.organisation.PupilRepository;
import vn.edu.hocbaso.organisation.SchoolClassRepository;
import vn.edu.hocbaso.organisation.Staff;
import vn.edu.hocbaso.organisation.StaffRepository;
import vn.edu.hocbaso.record.RecordApproval;
import vn.edu.hocbaso.record.RecordApprovals;
import vn.edu.hocbaso.record.RecordAudit;
import vn.edu.hocbaso.record.RecordField;
import vn.edu.hocbaso.record.RecordManagement;
import vn.edu.hocbaso.record.Subject;
import vn.edu.hocbaso.record.Trait;
import vn.edu.hocbaso.record.YearRecord;
import vn.edu.hocbaso.record.YearRecordRepository;
import vn.edu.hocbaso.security.AccessScope;
import vn.edu.hocbaso.security.CurrentUser;

/**
 * The history of a pupil's records on the pupil page, read by the template as {@code @recordHistories.of(pupil.id)}:
 * the changes of state, the signatures made and voided, with who, when and why. It is told from the audit rows'
 * fields and values and the stored signatures, in the reader's language; the English text the audit keeps for
 * voided signatures is never shown. Rows of one save share their time, so a voiding's reason is the return reason,
 * rejection or held flag saved with it, or else the fields it changed.
 */
@Component("recordHistories")
public class RecordHistories {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	/** Rows of a save that say why, not what: not listed among the fields changed. */
	private static final Set<String> NOT_CONTENT = Set.of(RecordField.STATE, RecordField.COMPLETE,
			RecordField.CREATED, RecordField.SIGNATURES, RecordField.RETURN_REASON, RecordField.REJECTION_REASONS,
			RecordField.HELD_FOR_SUPPLEMENTARY, RecordField.REPLACES, RecordField.SUPERSEDED_BY);

	private static final Map<String, String> FIELD_KEYS = Map.ofEntries(
			Map.entry(RecordField.HEIGHT, "grid.column.HEIGHT"), Map.entry(RecordField.WEIGHT, "grid.column.WEIGHT"),
			Map.entry(RecordField.ABSENCES_WITH_PERMISSION, "grid.column.ABSENCES_WITH_PERMISSION"),
			Map.entry(RecordField.ABSENCES_WITHOUT_PERMISSION, "grid.column.ABSENCES_WITHOUT_PERMISSION"),
			Map.entry(RecordField.RESULT, "grid.column.RESULT"),
			Map.entry(RecordField.RESULT_REASON, "grid.column.RESULT_REASON"),
			Map.entry(RecordField.COMMENDATION, "grid.column.COMMENDATION"),
			Map.entry(RecordField.AD_HOC_COMMENDATION, "grid.column.AD_HOC_COMMENDATION"),
			Map.entry(RecordField.COMPLETED_GRADE, "grid.column.COMPLETED_GRADE"),
			Map.entry(RecordField.COMPLETED_PRIMARY, "grid.column.COMPLETED_PRIMARY"),
			Map.entry(RecordField.PROMOTED, "grid.column.PROMOTED"),
			Map.entry(RecordField.TEACHER_REMARK, "grid.column.TEACHER_REMARK"),
			Map.entry(RecordField.PERSONAL_ID, "grid.column.PERSONAL_ID"));

	private final YearRecordRepository records;

	private final RecordManagement management;

	private final RecordApprovals approvals;

	private final StaffRepository staff;

	private final PupilRepository pupils;

	private final SchoolClassRepository classes;

	private final MessageSource messages;

	RecordHistories(YearRecordRepository records, RecordManagement management, RecordApprovals approvals,
			StaffRepository staff, PupilRepository pupils, SchoolClassRepository classes, MessageSource messages) {
		this.records = records;
		this.management = management;
		this.approvals = approvals;
		this.staff = staff;
		this.pupils = pupils;
		this.classes = classes;
		this.messages = messages;
	}

	/** The pupil's current records with their history, the latest school year first; none out of reach. */
	@Transactional(readOnly = true)
	public List<History> of(long pupilId) {

		if (!inReach(pupilId)) {
			return List.of();
		}

		Locale locale = LocaleContextHolder.getLocale();
		return records.findCurrentOfPupil(pupilId).stream()
			.map(record -> history(record, locale))
			.filter(history -> !history.entries().isEmpty())
			.toList();
	}

	private History history(YearRecord record, Locale locale) {

		List<Entry> entries = new ArrayList<>();
		Map<Instant, List<RecordAudit>> saves = management.history(record.getId()).stream()
			.collect(Collectors.groupingBy(RecordAudit::getChangedAt, LinkedHashMap::new, Collectors.toList()));
		saves.values().forEach(rows -> entries.addAll(entriesOf(rows, locale)));
		for (RecordApproval approval : approvals.approvalsOf(record.getId())) {
			String key = approval.isSigned() ? "pupil.history.signed" : "pupil.history.approved";
			entries.add(new Entry(local(approval.getApprovedAt()), nameOf(approval.getStaffId(), locale),
					text(key, locale, text("pupil.history.step." + approval.getStep(), locale)), null));
		}
		entries.sort(Comparator.comparing(Entry::at));

		String className = classes.findWithSchoolById(record.getClassId())
			.map(schoolClass -> schoolClass.getName() + " · " + schoolClass.getSchool().getName())
			.orElse("");

		return new History(record.getId(), className, List.copyOf(entries));
	}

	/** The entries of one save: its change of state and its voided signatures, each with the save's reason. */
	private List<Entry> entriesOf(List<RecordAudit> rows, Locale locale) {

		RecordAudit first = rows.get(0);
		LocalDateTime at = local(first.getChangedAt());
		String who = first.getStaffId() == null ? text("pupil.history.system", locale)
				: nameOf(first.getStaffId(), locale);
		String why = reasonOf(rows, locale);

		List<Entry> entries = new ArrayList<>();
		for (RecordAudit row : rows) {
			if (RecordField.CREATED.equals(row.getField())) {
				entries.add(new Entry(at, who, text("pupil.history.created", locale), null));
			}
			else if (RecordField.STATE.equals(row.getField())) {
				entries.add(new Entry(at, who, text("pupil.history.state", locale, stateName(row.getOldValue(), locale),
						stateName(row.getNewValue(), locale)), why));
			}
			else if (RecordField.SIGNATURES.equals(row.getField())) {
				entries.add(new Entry(at, who, text("pupil.history.voided", locale, stepsOf(row.getOldValue(), locale)),
						why));
			}
		}

		return entries;
	}

	/** Why the save took the record back: a return, a rejection, a hold, or the fields changed after signing. */
	private String reasonOf(List<RecordAudit> rows, Locale locale) {

		for (RecordAudit row : rows) {
			if (RecordField.RETURN_REASON.equals(row.getField()) && row.getNewValue() != null) {
				return text("pupil.history.why.returned", locale, row.getNewValue());
			}
			if (RecordField.REJECTION_REASONS.equals(row.getField()) && row.getNewValue() != null) {
				return text("pupil.history.why.rejected", locale, row.getNewValue());
			}
			if (RecordField.HELD_FOR_SUPPLEMENTARY.equals(row.getField()) && "true".equals(row.getNewValue())) {
				return text("pupil.history.why.held", locale);
			}
		}

		String fields = rows.stream()
			.map(RecordAudit::getField)
			.filter(field -> !NOT_CONTENT.contains(field))
			.distinct()
			.map(field -> fieldName(field, locale))
			.collect(Collectors.joining(", "));

		return fields.isEmpty() ? null : text("pupil.history.why.changed", locale, fields);
	}

	/** The field as the grid names it: "Toán – Điểm KTĐK", "Chiều cao (cm)"; an unknown field as stored. */
	String fieldName(String field, Locale locale) {

		String key = FIELD_KEYS.get(field);
		if (key != null) {
			return text(key, locale);
		}

		String[] parts = field.split("\\.");
		boolean english = "en".equals(locale.getLanguage());
		if (parts.length == 3 && parts[0].equals("subject")) {
			String subject = Subject.ofCode(parts[1]).map(s -> english ? s.english() : s.vietnamese())
				.orElse(parts[1]);
			String what = switch (parts[2]) {
				case "level" -> "grid.column.SUBJECT_LEVEL";
				case "score" -> "grid.column.SCORE";
				default -> "grid.column.SUBJECT_COMMENT";
			};
			return subject + " – " + text(what, locale);
		}
		if (parts.length == 2 && parts[0].equals("trait")) {
			return Trait.ofCode(parts[1]).map(t -> english ? t.english() : t.vietnamese()).orElse(field);
		}
		if (parts.length == 2 && parts[0].equals("comment")) {
			return text("grid.column.block." + parts[1].toUpperCase(Locale.ROOT), locale);
		}

		return field;
	}

	private String stepsOf(String steps, Locale locale) {
		if (steps == null || steps.isBlank()) {
			return "";
		}
		return List.of(steps.split(",\\s*")).stream()
			.map(step -> text("pupil.history.step." + step.trim(), locale))
			.collect(Collectors.joining(", "));
	}

	private String stateName(String state, Locale locale) {
		return state == null ? "–" : text("record.approval.state." + state, locale);
	}

	private String nameOf(Long staffId, Locale locale) {
		return staffId == null ? text("pupil.history.system", locale)
				: staff.findById(staffId).map(Staff::getFullName).orElse("#" + staffId);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}

	private static LocalDateTime local(Instant instant) {
		return LocalDateTime.ofInstant(Objects.requireNonNull(instant), VIETNAM);
	}

	private boolean inReach(long pupilId) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
			return false;
		}
		AccessScope scope = user.getScope();
		return pupils.isInReach(pupilId, scope.departmentReach(), scope.schoolReach(), scope.classReach());
	}

	/**
	 * One record's history, oldest first.
	 *
	 * @param className the class and school of the record
	 */
	public record History(long recordId, String className, List<Entry> entries) {
	}

	/**
	 * One event: when (Vietnam time), who, what happened and why ({@code null} when no reason goes with it).
	 */
	public record Entry(LocalDateTime at, String who, String what, String why) {
	}

}
