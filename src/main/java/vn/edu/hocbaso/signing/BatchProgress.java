package vn.edu.hocbaso.signing;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import vn.edu.hocbaso.record.ApprovalRefused;
import vn.edu.hocbaso.record.RecordState;

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

		private static final Set<String> STATES = Arrays.stream(RecordState.values())
			.map(RecordState::name)
			.collect(Collectors.toUnmodifiableSet());

		public SkippedRecord {
			reasonArguments = List.copyOf(reasonArguments);
		}

		/**
		 * The arguments to render the reason with: a record state (kept as its name, e.g. "SIGNED_BY_TEACHER")
		 * becomes its label in the reader's language.
		 */
		public Object[] reasonParameters() {
			return reasonArguments.stream()
				.map(argument -> STATES.contains(argument) ? ApprovalRefused.state(RecordState.valueOf(argument))
						: argument)
				.toArray();
		}

	}

}
