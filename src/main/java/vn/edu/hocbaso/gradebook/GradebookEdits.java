package vn.edu.hocbaso.gradebook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a save of the grid left to show: the typed values refused with their message, per record and field,
 * and the rows not saved at all with the reason.
 */
final class GradebookEdits {

	private final Map<Long, Map<String, String>> typed = new HashMap<>();

	private final Map<Long, Map<String, String>> errors = new HashMap<>();

	private final Map<Long, String> rowMessages = new HashMap<>();

	private int savedRows;

	private int reopenedRows;

	private int unsignedRows;

	static GradebookEdits none() {
		return new GradebookEdits();
	}

	void refuse(long recordId, String field, String raw, String errorKey) {
		typed.computeIfAbsent(recordId, id -> new HashMap<>()).put(field, raw);
		errors.computeIfAbsent(recordId, id -> new HashMap<>()).put(field, errorKey);
	}

	/** The row was not saved; what was refused in it is dropped, as the stored values are shown again. */
	void refuseRow(long recordId, String messageKey) {
		typed.remove(recordId);
		errors.remove(recordId);
		rowMessages.put(recordId, messageKey);
	}

	/**
	 * @param reopened whether the save took a checked or approved record back to an unchecked draft
	 * @param unsigned whether the save voided the record's digital signatures
	 */
	void saved(boolean reopened, boolean unsigned) {
		savedRows++;
		if (unsigned) {
			unsignedRows++;
		}
		else if (reopened) {
			reopenedRows++;
		}
	}

	int savedRows() {
		return savedRows;
	}

	/** Rows whose save voided a check but no signature: their class goes back to preparation. */
	int reopenedRows() {
		return reopenedRows;
	}

	/** Rows whose save voided their digital signatures: the records are back in preparation. */
	int unsignedRows() {
		return unsignedRows;
	}

	boolean isClean() {
		return errors.isEmpty() && rowMessages.isEmpty();
	}

	String typed(long recordId, String field) {
		return typed.getOrDefault(recordId, Map.of()).get(field);
	}

	String error(long recordId, String field) {
		return errors.getOrDefault(recordId, Map.of()).get(field);
	}

	String rowMessage(long recordId) {
		return rowMessages.get(recordId);
	}

	/** How many cells were refused, over all rows. */
	int refusedCells() {
		return errors.values().stream().mapToInt(Map::size).sum();
	}

	List<Long> refusedRows() {
		return List.copyOf(rowMessages.keySet());
	}

}
