package vn.edu.hocbaso.gradebook;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

import vn.edu.hocbaso.record.OverallResult;
import vn.edu.hocbaso.record.Parsed;
import vn.edu.hocbaso.record.RecordInput;
import vn.edu.hocbaso.record.SubjectLevel;
import vn.edu.hocbaso.record.TraitLevel;
import vn.edu.hocbaso.record.YearRecord;

/**
 * Reads a cell of the grid from a record as text, normalises what was typed into it, and writes it back.
 * Levels and scores go through {@link RecordInput}, so the grid and the import accept the same input.
 */
final class GradebookCells {

	static final String MEASURE_INVALID = "grid.input.measure";

	static final String COUNT_INVALID = "grid.input.count";

	static final String CHOICE_INVALID = "grid.input.choice";

	private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,3}([.,][0-9]{1,2})?");

	private static final Pattern COUNT = Pattern.compile("[0-9]{1,3}");

	private GradebookCells() {
	}

	/** The stored value as the cell shows it; {@code ""} for none. */
	static String read(YearRecord record, GradebookColumn column) {
		return text(value(record, column));
	}

	/** Whether the typed value, normalised, is what the record already holds. */
	static boolean isUnchanged(YearRecord record, GradebookColumn column, Cell typed) {
		return Objects.equals(text(typed.value()), read(record, column));
	}

	static Cell parse(GradebookColumn column, String raw) {
		return switch (column.kind()) {
			case SUBJECT_LEVEL -> of(RecordInput.subjectLevel(raw));
			case SCORE -> of(RecordInput.score(raw));
			case TRAIT_LEVEL -> of(RecordInput.traitLevel(raw));
			case HEIGHT, WEIGHT -> measure(raw);
			case ABSENCES_WITH_PERMISSION, ABSENCES_WITHOUT_PERMISSION -> count(raw);
			case RESULT -> result(raw);
			case COMPLETED_GRADE, COMPLETED_PRIMARY, PROMOTED -> yesNo(raw);
			default -> new Cell(RecordInput.text(raw), null);
		};
	}

	static void write(YearRecord record, GradebookColumn column, Object value) {
		switch (column.kind()) {
			case SUBJECT_LEVEL -> record.assessSubject(column.subject(), (SubjectLevel) value);
			case SCORE -> record.recordScore(column.subject(), (Integer) value);
			case SUBJECT_COMMENT -> record.commentSubject(column.subject(), (String) value);
			case TRAIT_LEVEL -> record.assessTrait(column.trait(), (TraitLevel) value);
			case BLOCK_COMMENT -> record.commentBlock(column.block(), (String) value);
			case HEIGHT -> record.recordHeight((BigDecimal) value);
			case WEIGHT -> record.recordWeight((BigDecimal) value);
			case ABSENCES_WITH_PERMISSION -> record.recordAbsencesWithPermission((Integer) value);
			case ABSENCES_WITHOUT_PERMISSION -> record.recordAbsencesWithoutPermission((Integer) value);
			case RESULT -> record.confirmResult((OverallResult) value, record.getResultReason());
			case RESULT_REASON -> record.confirmResult(record.getConfirmedResult(), (String) value);
			case COMMENDATION -> record.commend((String) value);
			case AD_HOC_COMMENDATION -> record.commendAdHoc((String) value);
			case COMPLETED_GRADE -> record.recordGradeCompletion((Boolean) value);
			case COMPLETED_PRIMARY -> record.recordPrimaryCompletion((Boolean) value);
			case PROMOTED -> record.recordPromotion((Boolean) value);
			case TEACHER_REMARK -> record.remark((String) value);
		}
	}

	private static Object value(YearRecord record, GradebookColumn column) {
		return switch (column.kind()) {
			case SUBJECT_LEVEL -> record.subjectResult(column.subject()).level();
			case SCORE -> record.subjectResult(column.subject()).score();
			case SUBJECT_COMMENT -> record.subjectResult(column.subject()).comment();
			case TRAIT_LEVEL -> record.traitLevel(column.trait());
			case BLOCK_COMMENT -> record.blockComment(column.block());
			case HEIGHT -> record.getHeight();
			case WEIGHT -> record.getWeight();
			case ABSENCES_WITH_PERMISSION -> record.getAbsencesWithPermission();
			case ABSENCES_WITHOUT_PERMISSION -> record.getAbsencesWithoutPermission();
			case RESULT -> record.getConfirmedResult();
			case RESULT_REASON -> record.getResultReason();
			case COMMENDATION -> record.getCommendation();
			case AD_HOC_COMMENDATION -> record.getAdHocCommendation();
			case COMPLETED_GRADE -> record.getCompletedGrade();
			case COMPLETED_PRIMARY -> record.getCompletedPrimary();
			case PROMOTED -> record.getPromoted();
			case TEACHER_REMARK -> record.getTeacherRemark();
		};
	}

	private static String text(Object value) {

		if (value == null) {
			return "";
		}
		if (value instanceof SubjectLevel level) {
			return level.code();
		}
		if (value instanceof TraitLevel level) {
			return level.code();
		}
		if (value instanceof BigDecimal number) {
			return number.stripTrailingZeros().toPlainString();
		}

		return value instanceof OverallResult result ? result.code() : value.toString();
	}

	private static Cell of(Parsed<?> parsed) {
		return new Cell(parsed.value(), parsed.errorKey());
	}

	/** Height in cm or weight in kg: a positive number, a decimal comma or point, at most two decimals. */
	private static Cell measure(String raw) {

		String text = RecordInput.text(raw);
		if (text == null) {
			return Cell.BLANK;
		}
		if (!DECIMAL.matcher(text).matches()) {
			return Cell.refused(MEASURE_INVALID);
		}
		BigDecimal number = new BigDecimal(text.replace(',', '.'));

		return number.signum() > 0 ? new Cell(number, null) : Cell.refused(MEASURE_INVALID);
	}

	private static Cell count(String raw) {
		String text = RecordInput.text(raw);
		if (text == null) {
			return Cell.BLANK;
		}
		return COUNT.matcher(text).matches() ? new Cell(Integer.valueOf(text), null) : Cell.refused(COUNT_INVALID);
	}

	private static Cell result(String raw) {
		String text = RecordInput.text(raw);
		if (text == null) {
			return Cell.BLANK;
		}
		return OverallResult.ofCode(text).map(r -> new Cell(r, null)).orElse(Cell.refused(CHOICE_INVALID));
	}

	private static Cell yesNo(String raw) {
		String text = RecordInput.text(raw);
		if (text == null) {
			return Cell.BLANK;
		}
		return switch (text) {
			case "true" -> new Cell(Boolean.TRUE, null);
			case "false" -> new Cell(Boolean.FALSE, null);
			default -> Cell.refused(CHOICE_INVALID);
		};
	}

	/**
	 * A typed cell, normalised.
	 *
	 * @param value the value to store, {@code null} for blank or refused
	 * @param errorKey the message key of a refusal, {@code null} when accepted
	 */
	record Cell(Object value, String errorKey) {

		static final Cell BLANK = new Cell(null, null);

		static Cell refused(String errorKey) {
			return new Cell(null, errorKey);
		}

		boolean isAccepted() {
			return errorKey == null;
		}

	}

}
