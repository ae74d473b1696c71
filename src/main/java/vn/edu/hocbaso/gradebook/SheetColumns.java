package vn.edu.hocbaso.gradebook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each column of an imported sheet is, found by the key row the export writes (row 2) or, in a sheet
 * without it, by the Vietnamese header. A column nobody knows is refused rather than ignored: a misspelt header
 * would otherwise lose what the teacher typed under it without a word.
 *
 * @param index column key to its position
 * @param firstDataRow the index in the table of the first pupil row
 */
record SheetColumns(Map<String, Integer> index, int firstDataRow) {

	static SheetColumns find(SheetTable table, ClassSheetLayout layout) {

		if (table.rows().isEmpty()) {
			throw new SheetRefused(SpreadsheetReader.EMPTY);
		}
		SheetTable.Row headers = table.rows().get(0);
		boolean keyRow = table.rows().size() > 1
				&& table.rows().get(1).cells().contains(ClassSheetLayout.PUPIL_CODE);
		SheetTable.Row keys = keyRow ? table.rows().get(1) : headers;

		Map<String, Integer> index = new HashMap<>();
		List<SheetProblem> problems = new ArrayList<>();
		for (int c = 0; c < Math.max(headers.cells().size(), keys.cells().size()); c++) {
			String name = keys.cell(c) == null ? null : keys.cell(c).strip();
			if (name == null || name.isEmpty()) {
				continue;
			}
			Optional<String> key = keyRow ? known(name, layout) : layout.keyOfHeader(name);
			if (key.isEmpty()) {
				problems.add(new SheetProblem("sheet.column.unknown", label(headers.cell(c), name)));
			}
			else if (index.putIfAbsent(key.get(), c) != null) {
				problems.add(new SheetProblem("sheet.column.duplicate", layout.headerOf(key.get())));
			}
		}
		missing(index, layout).forEach(key -> problems.add(new SheetProblem("sheet.column.missing",
				layout.headerOf(key))));
		if (!problems.isEmpty()) {
			throw new SheetRefused(problems);
		}

		return new SheetColumns(index, keyRow ? 2 : 1);
	}

	String cell(SheetTable.Row row, String key) {
		Integer column = index.get(key);
		return column == null ? null : row.cell(column);
	}

	/** A row with nothing but its number (STT) or version: the unused rows at the end of a template. */
	boolean isBlank(SheetTable.Row row) {
		return index.entrySet().stream()
			.filter(e -> !e.getKey().equals(ClassSheetLayout.NUMBER) && !e.getKey().equals(ClassSheetLayout.VERSION))
			.map(e -> row.cell(e.getValue()))
			.allMatch(cell -> cell == null || cell.isBlank());
	}

	private static Optional<String> known(String key, ClassSheetLayout layout) {
		return layout.keys().contains(key) ? Optional.of(key) : Optional.empty();
	}

	/** The pupil's code and name and every field of the grade; number, birth date and version may go. */
	private static List<String> missing(Map<String, Integer> index, ClassSheetLayout layout) {
		List<String> required = new ArrayList<>(List.of(ClassSheetLayout.PUPIL_CODE, ClassSheetLayout.PUPIL_NAME));
		layout.fields().forEach(column -> required.add(column.key()));
		return required.stream().filter(key -> !index.containsKey(key)).toList();
	}

	private static String label(String header, String key) {
		return header == null || header.isBlank() || header.equals(key) ? key : header + " (" + key + ")";
	}

}
