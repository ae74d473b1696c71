package vn.edu.hocbaso.gradebook;

import java.util.Map;

/**
 * What an import changed.
 *
 * @param rows the pupil rows read
 * @param records how many records changed
 * @param fields the header of each changed column with the number of records it changed in, in sheet order
 */
record ImportSummary(int rows, int records, Map<String, Integer> fields) {
}
