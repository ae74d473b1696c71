package vn.edu.hocbaso.gradebook;

import java.util.List;

import vn.edu.hocbaso.record.OverallResult;

/**
 * The class grid as the page shows it: the columns of the grade and one row per pupil, in Vietnamese name
 * order.
 *
 * @param schoolClass the class and what the user may change
 * @param columns the fields of the grade's record
 * @param rows one per pupil now in the class
 */
record Gradebook(GradebookClass schoolClass, List<GradebookColumn> columns, List<Row> rows) {

	public long completeCount() {
		return rows.stream().filter(Row::complete).count();
	}

	/** Whether anything in the grid is editable for the user, so that the page shows a form. */
	public boolean editable() {
		return schoolClass.access().canEditAny();
	}

	public boolean homeroom() {
		return schoolClass.access().homeroom();
	}

	/** Whether some rows are signed, so that the page warns that saving a change to them voids the signatures. */
	public boolean anySigned() {
		return rows.stream().anyMatch(Row::signed);
	}

	/**
	 * One pupil's record.
	 *
	 * @param suggested the overall result the rules give, {@code null} while levels or scores are missing
	 * @param messageKey what happened to this row on the last save ({@code grid.conflict}), or {@code null}
	 * @param signed whether the record has digital signatures that a saved change voids
	 */
	record Row(long recordId, long version, String pupilName, boolean complete, OverallResult suggested,
			List<Cell> cells, List<Check> checks, String messageKey, boolean signed) {

		public boolean hasErrors() {
			return errorCount() > 0;
		}

		public long errorCount() {
			return checks.stream().filter(Check::error).count();
		}

		public long warningCount() {
			return checks.size() - errorCount();
		}

	}

	/**
	 * One cell.
	 *
	 * @param name the form field, {@code f.<record id>.<record field>}
	 * @param value what the cell shows: the stored value, or what was typed when it was refused
	 * @param errorKey why the typed value was refused, or {@code null}
	 */
	record Cell(GradebookColumn column, String name, String value, String errorKey, boolean editable) {
	}

	/**
	 * A finding of the record's checks.
	 *
	 * @param column the column it points at; {@code null} for the pupil's personal ID, which is not in the grid
	 */
	record Check(boolean error, GradebookColumn column, String messageKey) {
	}

}
