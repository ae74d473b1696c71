package vn.edu.hocbaso.workflow;

/**
 * Names of the process variables. Variables hold only ids, flags and short texts; the business data stays in
 * the modules' tables (DESIGN.md §4).
 */
final class ProcessVariables {

	static final String DEPARTMENT_ID = "departmentId";

	static final String SCHOOL_ID = "schoolId";

	static final String SCHOOL_YEAR_ID = "schoolYearId";

	static final String CLASS_ID = "classId";

	static final String RECORD_ID = "recordId";

	private ProcessVariables() {
	}

}
