package vn.edu.hocbaso.submission;

import java.util.List;

/**
 * Published (after the answer is committed, in a transaction of its own) when the registry has answered every
 * transaction of a seal: the process waiting under {@code businessKey} is to be told. The record states are set.
 *
 * @param type the national transaction type (1 submission, 5 revocation)
 * @param allAccepted whether the registry accepted every record (for type 5: received the request)
 * @param reasons per rejected record, the pupil's name and the registry's reason, one per line; null when all
 * were accepted
 * @param recordIds the records the answer covers
 * @param replacedLocked whether the registry rejected a replacement because the record it replaces is locked
 * (REPLACED_LOCKED): no correction of the replacement can help, the school requests a revocation instead
 */
public record SubmissionAnswered(String businessKey, int type, boolean allAccepted, String reasons,
		List<Long> recordIds, boolean replacedLocked) {

	public SubmissionAnswered {
		recordIds = List.copyOf(recordIds);
	}

	public SubmissionAnswered(String businessKey, int type, boolean allAccepted, String reasons,
			List<Long> recordIds) {
		this(businessKey, type, allAccepted, reasons, recordIds, false);
	}

}
