package vn.edu.hocbaso.gradebook;

import java.util.function.BiConsumer;
import java.util.function.Function;

import vn.edu.hocbaso.record.Subject;
import vn.edu.hocbaso.record.YearRecord;

/**
 * One field column of a class sheet: its stable key (the record's field name, written in the sheet's key row),
 * its Vietnamese header, the kind of value, how to read it from a record and how to write it back.
 *
 * @param key the field name of {@link vn.edu.hocbaso.record.RecordField}, which import finds the column by
 * @param header the header the teacher reads, and names the column in error messages
 * @param subject the subject the column belongs to, {@code null} for the homeroom teacher's columns
 * @param value the kind of value, which normalises what was typed
 * @param current the canonical text of the record's value, {@code null} when empty
 * @param apply writes a canonical text (or {@code null}) to the record
 */
record SheetColumn(String key, String header, Subject subject, SheetValue value, Function<YearRecord, String> current,
		BiConsumer<YearRecord, String> apply) {

	/** Whether the value differs from the record's: only then is the record touched. */
	boolean differs(YearRecord record, String canonical) {
		String now = current.apply(record);
		return now == null ? canonical != null : !now.equals(canonical);
	}

}
