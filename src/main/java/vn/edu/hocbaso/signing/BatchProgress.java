package vn.edu.hocbaso.signing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Where a signing batch stands, for the progress bar and the result page.
 *
 * @param total records in the batch
 * @param signed records signed so far
 * @param skipped records left as they were, with the reason
 * @param waiting records whose digest waits for the external signer's value
 */
public record BatchProgress(UUID id, long staffId, CertificateRole role, State state, int total, int signed,
		List<SkippedRecord> skipped, int waiting, Instant startedAt, Instant finishedAt) {

	public enum State {
		/** Signing now. */
		RUNNING,
		/** Digests handed out; waiting for the external signer's values. */
		WAITING_FOR_SIGNER,
		/** Every record signed or skipped. */
		DONE,
		/** Stopped before the end (the server stopped): each record is signed or untouched. */
		INTERRUPTED
	}

	public BatchProgress {
		skipped = List.copyOf(skipped);
	}

	/**
	 * A record the batch did not sign.
	 *
	 * @param reasonKey message key of the reason ({@code signing.refused.*}, {@code record.approval.*}, ...)
	 * @param reasonArguments its arguments, as text
	 */
	public record SkippedRecord(long recordId, String pupilName, String className, String reasonKey,
			List<String> reasonArguments) {

		public SkippedRecord {
			reasonArguments = List.copyOf(reasonArguments);
		}

	}

}
