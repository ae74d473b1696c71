package vn.edu.hocbaso.submission;

/**
 * What the registry answered to a withdrawal or revocation request (type 5) for the record.
 *
 * @param reason the registry's reason when it refused the request; the transport failure when not received
 */
public record CorrectionAnswer(Outcome outcome, String reason) {

	/** Whether the registry has settled the request: withdrawn, or refused. */
	public boolean isFinal() {
		return outcome == Outcome.WITHDRAWN || outcome == Outcome.REFUSED;
	}

	/** trang_thai of a type-5 answer, or no answer at all. */
	public enum Outcome {

		/** The registry did not receive it (down): the scheduled sender sends it again. */
		NOT_RECEIVED,

		/** 2: withdrawn at once. */
		WITHDRAWN,

		/** 1: the revocation request waits for the department's decision. */
		PENDING,

		/** 3, or the transaction refused as a whole. */
		REFUSED

	}

}
