package vn.edu.hocbaso.gradebook;

import java.util.List;

/**
 * What marking a class complete did.
 *
 * @param marked how many records were marked complete now
 * @param remaining the pupils whose records are still not complete, in class-list order
 */
record GradebookCompletion(int marked, List<String> remaining) {

	GradebookCompletion {
		remaining = List.copyOf(remaining);
	}

}
