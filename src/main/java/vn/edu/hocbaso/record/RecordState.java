package vn.edu.hocbaso.record;

/**
 * Where a record stands on its way from the class grid to the department's registry (DESIGN.md §5). Only
 * {@link #DRAFT} is reached today; the signing and registry steps add the others.
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

}
