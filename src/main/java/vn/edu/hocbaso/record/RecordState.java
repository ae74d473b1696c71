package vn.edu.hocbaso.record;

/**
 * Where a record stands on its way from the class grid to the department's registry (DESIGN.md §5).
 * {@link RecordApprovals} moves it along; {@link RecordCorrections} sets it aside.
 */
public enum RecordState {

	DRAFT,
	SIGNED_BY_TEACHER,
	SIGNED_BY_PRINCIPAL,
	ISSUED,
	SUBMITTED,
	ACCEPTED,
	REJECTED,
	LOCKED,
	WITHDRAWN,
	SUPERSEDED,
	REVOKED;

	/**
	 * Whether the content may still change. A change to a signed record voids its signatures; once issued
	 * the school changes a record only by withdrawing or revoking it and issuing a new one.
	 */
	public boolean isEditable() {
		return this == DRAFT || this == SIGNED_BY_TEACHER || this == SIGNED_BY_PRINCIPAL || this == REJECTED;
	}

	/** Whether the record was set aside by a correction and is no longer the pupil's record of the year. */
	public boolean isSetAside() {
		return this == WITHDRAWN || this == SUPERSEDED || this == REVOKED;
	}

	/** Whether the record is still being prepared: its content may change and the teacher has not approved. */
	public boolean isInPreparation() {
		return this == DRAFT || this == REJECTED;
	}

	/** Whether the teacher, or the teacher and the principal, approved the record and it awaits the next step. */
	public boolean isApproved() {
		return this == SIGNED_BY_TEACHER || this == SIGNED_BY_PRINCIPAL;
	}

}
