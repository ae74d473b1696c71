package vn.edu.hocbaso.gradebook;

import java.util.ArrayList;
import java.util.List;

import vn.edu.hocbaso.record.GradeMatrix;
import vn.edu.hocbaso.record.RecordField;
import vn.edu.hocbaso.record.Subject;
import vn.edu.hocbaso.record.Trait;

/**
 * One column of the class grid: a field of the record, named as in {@link RecordField}, with the subject or
 * quality it belongs to, if any.
 *
 * @param field the record field
 * @param kind how the cell is read, typed and written
 * @param subject the subject of a subject column, else {@code null}
 * @param trait the quality or competency of a trait column, else {@code null}
 * @param block the block of a block-comment column, else {@code null}
 */
record GradebookColumn(String field, Kind kind, Subject subject, Trait trait, Trait.Block block) {

	/** The columns of a grade, in the order of the record's page. */
	static List<GradebookColumn> of(int grade) {

		List<GradebookColumn> columns = new ArrayList<>();
		for (GradeMatrix.Offer offer : GradeMatrix.subjectsOf(grade)) {
			Subject subject = offer.subject();
			columns.add(subject(RecordField.subjectLevel(subject), Kind.SUBJECT_LEVEL, subject));
			if (offer.tested()) {
				columns.add(subject(RecordField.subjectScore(subject), Kind.SCORE, subject));
			}
			columns.add(subject(RecordField.subjectComment(subject), Kind.SUBJECT_COMMENT, subject));
		}
		for (Trait trait : Trait.values()) {
			if (GradeMatrix.isRequired(trait, grade)) {
				columns.add(new GradebookColumn(RecordField.trait(trait), Kind.TRAIT_LEVEL, null, trait, null));
			}
		}
		for (Trait.Block block : Trait.Block.values()) {
			columns.add(new GradebookColumn(RecordField.blockComment(block), Kind.BLOCK_COMMENT, null, null, block));
		}
		addGeneral(columns, grade);

		return columns;
	}

	private static void addGeneral(List<GradebookColumn> columns, int grade) {
		columns.add(plain(RecordField.HEIGHT, Kind.HEIGHT));
		columns.add(plain(RecordField.WEIGHT, Kind.WEIGHT));
		columns.add(plain(RecordField.ABSENCES_WITH_PERMISSION, Kind.ABSENCES_WITH_PERMISSION));
		columns.add(plain(RecordField.ABSENCES_WITHOUT_PERMISSION, Kind.ABSENCES_WITHOUT_PERMISSION));
		columns.add(plain(RecordField.RESULT, Kind.RESULT));
		columns.add(plain(RecordField.RESULT_REASON, Kind.RESULT_REASON));
		columns.add(plain(RecordField.COMMENDATION, Kind.COMMENDATION));
		columns.add(plain(RecordField.AD_HOC_COMMENDATION, Kind.AD_HOC_COMMENDATION));
		columns.add(plain(RecordField.COMPLETED_GRADE, Kind.COMPLETED_GRADE));
		if (grade == GradeMatrix.LAST_GRADE) {
			columns.add(plain(RecordField.COMPLETED_PRIMARY, Kind.COMPLETED_PRIMARY));
		}
		columns.add(plain(RecordField.PROMOTED, Kind.PROMOTED));
		columns.add(plain(RecordField.TEACHER_REMARK, Kind.TEACHER_REMARK));
	}

	private static GradebookColumn subject(String field, Kind kind, Subject subject) {
		return new GradebookColumn(field, kind, subject, null, null);
	}

	private static GradebookColumn plain(String field, Kind kind) {
		return new GradebookColumn(field, kind, null, null, null);
	}

	/** The heading above the column's own label: the subject or quality, in Vietnamese. */
	public String groupVi() {
		return subject != null ? subject.vietnamese() : trait != null ? trait.vietnamese() : null;
	}

	public String groupEn() {
		return subject != null ? subject.english() : trait != null ? trait.english() : null;
	}

	/** The message key of the column's label ({@code grid.column.*}). */
	public String labelKey() {
		return block != null ? "grid.column.block." + block.name() : "grid.column." + kind.name();
	}

	/** Whether the cell is a choice (select) rather than typed text. */
	public boolean isChoice() {
		return kind == Kind.RESULT || kind.yesNo;
	}

	public boolean isYesNo() {
		return kind.yesNo;
	}

	/** Whether the cell takes a long text, shown wider. */
	public boolean isText() {
		return kind.text;
	}

	/** What a column holds; the kind decides parsing and writing in {@link GradebookCells}. */
	enum Kind {

		SUBJECT_LEVEL, SCORE, SUBJECT_COMMENT(true, false), TRAIT_LEVEL, BLOCK_COMMENT(true, false), HEIGHT, WEIGHT,
		ABSENCES_WITH_PERMISSION, ABSENCES_WITHOUT_PERMISSION, RESULT, RESULT_REASON(true, false),
		COMMENDATION(true, false), AD_HOC_COMMENDATION(true, false), COMPLETED_GRADE(false, true),
		COMPLETED_PRIMARY(false, true), PROMOTED(false, true), TEACHER_REMARK(true, false);

		private final boolean text;

		private final boolean yesNo;

		Kind() {
			this(false, false);
		}

		Kind(boolean text, boolean yesNo) {
			this.text = text;
			this.yesNo = yesNo;
		}

	}

}
