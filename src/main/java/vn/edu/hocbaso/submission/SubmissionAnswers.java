package vn.edu.hocbaso.submission;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.edu.hocbaso.record.RecordApprovals;
import vn.edu.hocbaso.record.RecordState;
import vn.edu.hocbaso.record.YearRecordRepository;
import vn.edu.hocbaso.registry.RecordStatus;
import vn.edu.hocbaso.registry.TransactionResponse;
import vn.edu.hocbaso.registry.TransactionType;

/**
 * Keeps the registry's answer to one transaction, in the caller's transaction: the answer in the outbox and, per
 * record, accepted or rejected with the reason. A submission (type 1) also moves each submitted record
 * ({@link RecordApprovals#markAccepted}, {@link RecordApprovals#markRejected}); a transaction refused as a whole
 * rejects all its records with the registry's message. A withdrawal or revocation request (type 5) changes no
 * record here: the correction process does.
 */
@Component
class SubmissionAnswers {

	private static final Logger LOG = LoggerFactory.getLogger(SubmissionAnswers.class);

	private final SubmissionOutbox outbox;

	private final RecordApprovals approvals;

	private final YearRecordRepository records;

	private final ObjectMapper json;

	private final Clock clock;

	SubmissionAnswers(SubmissionOutbox outbox, RecordApprovals approvals, YearRecordRepository records,
			ObjectMapper json, Clock clock) {
		this.outbox = outbox;
		this.approvals = approvals;
		this.records = records;
		this.json = json;
		this.clock = clock;
	}

	/** Keeps the registry's answer to this PREPARED transaction: ANSWERED (SENT while pending) or FAILED. */
	void record(Submission submission, TransactionResponse response) {

		if (submission.type() == TransactionType.REVOKE.code()) {
			answerCorrection(submission, response);
			return;
		}
		String answer = write(response);
		if (response.error() != null && !response.error().isBlank()) {
			String reason = response.errorDescription() == null || response.errorDescription().isBlank()
					? response.error() : response.errorDescription();
			outbox.answered(submission.id(), SubmissionState.FAILED, answer, response.error() + ": " + reason,
					clock.instant());
			submission.records().forEach(item -> reject(submission, item, reason));
			LOG.info("Transaction {} ({}) refused by the registry: {}", submission.messageId(),
					submission.businessKey(), response.error());
			return;
		}

		outbox.answered(submission.id(), SubmissionState.ANSWERED, answer, null, clock.instant());
		Map<String, RecordStatus> statuses = response.records() == null ? Map.of()
				: response.records().stream().filter(status -> status.lookupCode() != null)
					.collect(Collectors.toMap(RecordStatus::lookupCode, Function.identity(), (a, b) -> a));
		for (Submission.Item item : submission.records()) {
			RecordStatus status = statuses.get(item.lookupCode().toString());
			if (status != null && status.status() == RecordStatus.Submission.ACCEPTED.code()) {
				accept(submission, item);
			}
			else {
				reject(submission, item, status == null ? "-" : reasonOf(status));
			}
		}
		LOG.info("Transaction {} ({}) answered by the registry: {}", submission.messageId(),
				submission.businessKey(), response.responseDescription());
	}

	/**
	 * A type-5 answer per record: 2 withdrawn, 1 pending (the transaction stays SENT), 3 refused. Refused as a
	 * whole: FAILED, each record refused with the registry's message.
	 */
	private void answerCorrection(Submission submission, TransactionResponse response) {

		if (response.error() != null && !response.error().isBlank()) {
			String reason = response.errorDescription() == null || response.errorDescription().isBlank()
					? response.error() : response.errorDescription();
			outbox.answered(submission.id(), SubmissionState.FAILED, write(response),
					response.error() + ": " + reason, clock.instant());
			submission.records()
				.forEach(item -> outbox.answerRecord(submission.id(), item.recordId(), false, reason));
			LOG.info("Transaction {} ({}) refused by the registry: {}", submission.messageId(),
					submission.businessKey(), response.error());
			return;
		}
		boolean pending = false;
		for (Submission.Item item : submission.records()) {
			RecordStatus status = response.records() == null ? null : response.records().stream()
				.filter(candidate -> item.lookupCode().toString().equals(candidate.lookupCode()))
				.findFirst()
				.orElse(null);
			if (status != null && status.status() == RecordStatus.Revocation.PENDING.code()) {
				pending = true;
			}
			else if (status != null && status.status() == RecordStatus.Revocation.ACCEPTED.code()) {
				outbox.answerRecord(submission.id(), item.recordId(), true, null);
			}
			else {
				outbox.answerRecord(submission.id(), item.recordId(), false, status == null ? "-" : reasonOf(status));
			}
		}
		outbox.answered(submission.id(), pending ? SubmissionState.SENT : SubmissionState.ANSWERED, write(response),
				null, clock.instant());
		LOG.info("Transaction {} ({}, {}) answered by the registry: {}", submission.messageId(),
				submission.function(), submission.businessKey(), response.responseDescription());
	}

	private void accept(Submission submission, Submission.Item item) {
		outbox.answerRecord(submission.id(), item.recordId(), true, null);
		if (isSubmitted(item.recordId())) {
			approvals.markAccepted(item.recordId());
		}
	}

	private void reject(Submission submission, Submission.Item item, String reason) {
		outbox.answerRecord(submission.id(), item.recordId(), false, reason);
		if (isSubmitted(item.recordId())) {
			approvals.markRejected(item.recordId(), reason);
		}
	}

	private boolean isSubmitted(long recordId) {
		return records.findById(recordId).map(record -> record.getState() == RecordState.SUBMITTED).orElse(false);
	}

	private static String reasonOf(RecordStatus status) {
		return Objects.requireNonNullElse(status.errorDescription(), Objects.requireNonNullElse(status.error(), "-"));
	}

	private String write(TransactionResponse response) {
		try {
			return json.writeValueAsString(response);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot write an answer", ex);
		}
	}

}
