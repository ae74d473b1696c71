package vn.edu.hocbaso.record;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approval steps a record goes through (DESIGN.md §5), for a whole class or, in the supplementary
 * evaluation, for one record. Until the signing module exists an approval records who approved and when.
 * SKELETON: signatures agreed between helpers; helper "records" builds the bodies.
 */
@Service
@Transactional
public class RecordApprovals {

	/**
	 * Ends the preparation of a class: every record still being prepared (DRAFT, REJECTED) that is not held for
	 * supplementary evaluation must pass the checks, and all of them are marked complete; otherwise nothing
	 * changes and {@link ClassNotReady} lists the records that fail.
	 */
	public void completePreparation(long classId, long staffId) {
		throw new UnsupportedOperationException("not built yet");
	}

	/** Records of the class whose pupil did not complete the grade: they wait for supplementary evaluation. */
	public List<Long> holdForSupplementary(long classId, long staffId) {
		throw new UnsupportedOperationException("not built yet");
	}

	/** The homeroom teacher approves the class's complete records: SIGNED_BY_TEACHER. */
	public int approveClassAsTeacher(long classId, long staffId) {
		throw new UnsupportedOperationException("not built yet");
	}

	/** The principal approves what the teacher approved: SIGNED_BY_PRINCIPAL. */
	public int approveClassAsPrincipal(long classId, long staffId) {
		throw new UnsupportedOperationException("not built yet");
	}

	/** The principal returns the class with a reason: approvals voided, records back to DRAFT. */
	public int returnClass(long classId, long staffId, String reason) {
		throw new UnsupportedOperationException("not built yet");
	}

	/** The clerk issues and submits the principal-approved records: ISSUED, then SUBMITTED. */
	public int submitClass(long classId, long staffId) {
		throw new UnsupportedOperationException("not built yet");
	}

	/** The same steps for one record (supplementary evaluation, replacement). */
	public void completePreparationOf(long recordId, long staffId) {
		throw new UnsupportedOperationException("not built yet");
	}

	public void approveAsTeacher(long recordId, long staffId) {
		throw new UnsupportedOperationException("not built yet");
	}

	public void approveAsPrincipal(long recordId, long staffId) {
		throw new UnsupportedOperationException("not built yet");
	}

	public void returnRecord(long recordId, long staffId, String reason) {
		throw new UnsupportedOperationException("not built yet");
	}

	public void submit(long recordId, long staffId) {
		throw new UnsupportedOperationException("not built yet");
	}

	/** The registry's answer for one submitted record. */
	public void markAccepted(long recordId) {
		throw new UnsupportedOperationException("not built yet");
	}

	public void markRejected(long recordId, String reasons) {
		throw new UnsupportedOperationException("not built yet");
	}

	/** Locks every accepted record of the school's year; returns how many. */
	public int lockAccepted(long schoolId, long schoolYearId) {
		throw new UnsupportedOperationException("not built yet");
	}

	/** Classes of the school's year with a current record not yet accepted (or locked). */
	public List<Long> classesNotAccepted(long schoolId, long schoolYearId) {
		throw new UnsupportedOperationException("not built yet");
	}

}
