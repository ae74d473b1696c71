package vn.edu.hocbaso.submission;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One transaction of the school's outbox to the registry, as the clerk's pages show it.
 *
 * @param sealId the transactions sealed together for one class or record (a class over 10 MB takes several)
 * @param businessKey the process that waits for the answer ({@code class-…}, {@code record-…}), once sent
 * @param type the national transaction type (1 submit, 5 revocation)
 * @param function {@code RUT} (withdrawal) or {@code THU_HOI} (revocation request) for type 5
 * @param lastError the transport failure of the last attempt, or the registry's error when it refused the
 * transaction as a whole
 */
public record Submission(long id, String messageId, UUID sealId, long schoolId, Long classId, Long recordId,
		String businessKey, int type, String function, SubmissionState state, Instant preparedAt,
		Instant requestedAt, Instant sentAt, Instant answeredAt, Instant correlatedAt, int attempts,
		String lastError, List<Item> records) {

	public Submission {
		records = List.copyOf(records);
	}

	/** One record of the transaction and the registry's answer for it (null while unanswered). */
	public record Item(long recordId, UUID lookupCode, String pupilName, Boolean accepted, String reason) {
	}

	public long acceptedCount() {
		return records.stream().filter(item -> Boolean.TRUE.equals(item.accepted())).count();
	}

	public long rejectedCount() {
		return records.stream().filter(item -> Boolean.FALSE.equals(item.accepted())).count();
	}

}
