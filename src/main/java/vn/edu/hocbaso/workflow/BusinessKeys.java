package vn.edu.hocbaso.workflow;

/**
 * Business keys name what an instance is about, readable in Cockpit: {@code school-12-2026-2027},
 * {@code class-345}, {@code record-6789}. Messages are correlated by them.
 */
final class BusinessKeys {

	private BusinessKeys() {
	}

	static String schoolYear(long schoolId, String schoolYearName) {
		return "school-" + schoolId + "-" + schoolYearName;
	}

	static String classBook(long classId) {
		return "class-" + classId;
	}

	static String record(long recordId) {
		return "record-" + recordId;
	}

}
