package vn.edu.hocbaso.record;

import java.util.List;

/**
 * A class whose preparation cannot end: the records named fail the checks. Nothing was changed. The pupils are
 * named too: a record the refused step had just opened is rolled back with it and cannot be looked up after.
 */
public class ClassNotReady extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final List<Long> failing;

	private final List<Long> failingPupils;

	/** @param failing ids of the records that fail */
	public ClassNotReady(long classId, List<Long> failing) {
		this(classId, failing, List.of());
	}

	/**
	 * @param failing ids of the records that fail
	 * @param failingPupils ids of their pupils, in the same order
	 */
	public ClassNotReady(long classId, List<Long> failing, List<Long> failingPupils) {
		super("Class " + classId + " has " + failing.size() + " records that fail the checks");
		this.failing = List.copyOf(failing);
		this.failingPupils = List.copyOf(failingPupils);
	}

	public List<Long> getFailing() {
		return failing;
	}

	/** The pupils whose records fail; empty when only the records were named. */
	public List<Long> getFailingPupils() {
		return failingPupils;
	}

}
