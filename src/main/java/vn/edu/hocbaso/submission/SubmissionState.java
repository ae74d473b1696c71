package vn.edu.hocbaso.submission;

/**
 * Where a transaction of the school's outbox stands. A transport failure (registry down) leaves it PREPARED with
 * the error, for the scheduled sender.
 */
public enum SubmissionState {

	/** Sealed and stored, not received by the registry yet. */
	PREPARED,

	/** Received by the registry, the answer still pending (a revocation waits for the department's decision). */
	SENT,

	/** Answered: per record accepted or rejected (or the revocation decided). */
	ANSWERED,

	/** Refused by the registry as a whole (an error code): its records are rejected with the message. */
	FAILED

}
