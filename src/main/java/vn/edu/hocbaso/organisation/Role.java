package vn.edu.hocbaso.organisation;

/**
 * What a member of staff does. A person may hold several roles, for example homeroom teacher (giáo viên chủ
 * nhiệm) of 4A and subject teacher (giáo viên bộ môn) of English in 5B.
 */
public enum Role {

	/** Giáo viên chủ nhiệm: completes and signs the records of one class. */
	HOMEROOM_TEACHER,

	/** Giáo viên bộ môn: enters the results of one subject in a class. */
	SUBJECT_TEACHER,

	/** Hiệu trưởng: confirms results and signs the school's records. */
	PRINCIPAL,

	/** Phó hiệu trưởng: a member of the school board who may sign when delegated. */
	VICE_PRINCIPAL,

	/** Văn thư: holds the school's issue certificate and submits records. */
	SCHOOL_CLERK,

	/** Cán bộ Sở: follows the department's schools and approves certificates and revocations. */
	DEPARTMENT_OFFICER,

	/** Quản trị: runs the system, edits deadlines, opens the engine's Cockpit. */
	ADMINISTRATOR;

	public boolean schoolWide() {
		return this == PRINCIPAL || this == VICE_PRINCIPAL || this == SCHOOL_CLERK;
	}

	public boolean departmentWide() {
		return this == DEPARTMENT_OFFICER || this == ADMINISTRATOR;
	}

}
