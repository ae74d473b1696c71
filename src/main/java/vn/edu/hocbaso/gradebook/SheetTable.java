package vn.edu.hocbaso.gradebook;

import java.util.List;

/**
 * The cells of a sheet as text, whatever the file format: row 1 first; each row carries its number as the
 * teacher's spreadsheet program shows it.
 */
record SheetTable(List<Row> rows) {

	record Row(int number, List<String> cells) {

		String cell(int index) {
			return index < cells.size() ? cells.get(index) : null;
		}

	}

}
