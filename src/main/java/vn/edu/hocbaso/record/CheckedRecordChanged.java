package vn.edu.hocbaso.record;

/**
 * Published, inside the editing transaction, when an edit takes a record that was checked complete or approved
 * back to an unchecked draft: the approval steps waiting for it must start again from preparation (DESIGN.md §5).
 *
 * @param wasApproved whether the record had been approved (signed by the teacher or the principal)
 */
public record CheckedRecordChanged(long recordId, long classId, long pupilId, boolean wasApproved) {
}
