package vn.edu.hocbaso.workflow;

import org.springframework.stereotype.Service;

/**
 * Starts the school year process of every school (which opens the class record books).
 * SKELETON: helper "deadlines" builds the bodies.
 */
@Service
public class SchoolYearProcesses {

	/** Starts the process for every school of the department that has none for this year; returns how many. */
	public int openYear(long departmentId, long schoolYearId) {
		throw new UnsupportedOperationException("not built yet");
	}

	/** Starts the process for one school unless it runs already. */
	public boolean openSchool(long schoolId, long schoolYearId) {
		throw new UnsupportedOperationException("not built yet");
	}

}
