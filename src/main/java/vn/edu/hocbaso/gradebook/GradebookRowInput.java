package vn.edu.hocbaso.gradebook;

import java.util.Map;

/**
 * What the grid posted for one record.
 *
 * @param version the record's version the values were typed on
 * @param values record field to the text typed, for the cells that were posted
 */
record GradebookRowInput(long version, Map<String, String> values) {

	GradebookRowInput {
		values = Map.copyOf(values);
	}

}
