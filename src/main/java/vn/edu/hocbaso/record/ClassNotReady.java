package vn.edu.hocbaso.record;

import java.util.List;

/**
 * A class whose preparation cannot end: the records named fail the checks. Nothing was changed.
 *
 * @param failing ids of the records that fail
 */
public class ClassNotReady extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final List<Long> failing;

	public ClassNotReady(long classId, List<Long> failing) {
		super("Class " + classId + " has " + failing.size() + " records that fail the checks");
		this.failing = List.copyOf(failing);
	}

	public List<Long> getFailing() {
		return failing;
	}

}
