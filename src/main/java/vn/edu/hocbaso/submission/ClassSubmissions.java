package vn.edu.hocbaso.submission;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.edu.hocbaso.record.RecordState;
import vn.edu.hocbaso.record.YearRecord;
import vn.edu.hocbaso.record.YearRecordRepository;

/**
 * Where a class's submission to the registry stands, for the class page ({@code @classSubmissions.of(classId)} in
 * the template): nothing issued yet, issued but not sealed (the issue key is external, so nothing can be sent),
 * sealed and waiting to be sent (or the registry not reached), sent, or answered with the records accepted and
 * rejected and the registry's reasons.
 */
@Component("classSubmissions")
public class ClassSubmissions {

	/** The records' forms are dated in Vietnam's time. */
	private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

	private static final Set<RecordState> ISSUED = EnumSet.of(RecordState.ISSUED, RecordState.SUBMITTED);

	private static final Set<RecordState> ISSUED_THROUGH = EnumSet.of(RecordState.ISSUED, RecordState.SUBMITTED,
			RecordState.ACCEPTED, RecordState.LOCKED);

	private final SubmissionOutbox outbox;

	private final YearRecordRepository records;

	ClassSubmissions(SubmissionOutbox outbox, YearRecordRepository records) {
		this.outbox = outbox;
		this.records = records;
	}

	/** What the class page says of the submission. */
	public enum State {
		NOT_SEALED, PREPARED, NOT_RECEIVED, SENT, ANSWERED, REFUSED
	}

	/**
	 * @param rejections the records the registry rejected, with the reasons
	 * @param at when it was sealed, or answered once answered
	 */
	public record View(State state, long accepted, long rejected, List<Submission.Item> rejections,
			LocalDateTime at, String error) {
	}

	/** The class's submission as it stands; null when nothing of the class was issued or sealed. */
	@Transactional(readOnly = true)
	public View of(long classId) {

		List<Submission> seals = latestSeal(outbox.ofClass(classId));
		List<YearRecord> book = records.findInClassBook(classId);
		List<Long> sealed = seals.stream().flatMap(row -> row.records().stream()).map(Submission.Item::recordId)
			.toList();
		// Only once the whole book is issued: a batch seals a class when its last record is issued.
		boolean issuedNotSealed = book.stream().allMatch(record -> ISSUED_THROUGH.contains(record.getState()))
				&& book.stream()
					.anyMatch(record -> ISSUED.contains(record.getState()) && !sealed.contains(record.getId()));
		if (issuedNotSealed) {
			return new View(State.NOT_SEALED, 0, 0, List.of(), null, null);
		}
		if (seals.isEmpty()) {
			return null;
		}

		List<Submission.Item> items = seals.stream().flatMap(row -> row.records().stream()).toList();
		List<Submission.Item> rejections = items.stream().filter(item -> Boolean.FALSE.equals(item.accepted()))
			.toList();
		long accepted = items.stream().filter(item -> Boolean.TRUE.equals(item.accepted())).count();
		Submission last = seals.get(seals.size() - 1);
		return new View(stateOf(seals), accepted, rejections.size(), rejections,
				local(last.answeredAt() != null ? last.answeredAt() : last.preparedAt()), last.lastError());
	}

	private static State stateOf(List<Submission> seal) {
		if (seal.stream().anyMatch(row -> row.state() == SubmissionState.FAILED)) {
			return State.REFUSED;
		}
		if (seal.stream().allMatch(row -> row.state() == SubmissionState.ANSWERED)) {
			return State.ANSWERED;
		}
		if (seal.stream().anyMatch(row -> row.state() == SubmissionState.PREPARED && row.attempts() > 0)) {
			return State.NOT_RECEIVED;
		}
		return seal.stream().anyMatch(row -> row.state() == SubmissionState.PREPARED) ? State.PREPARED : State.SENT;
	}

	/** The rows of the latest seal, in order (the class's rows come latest first). */
	private static List<Submission> latestSeal(List<Submission> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		return rows.stream().filter(row -> row.sealId().equals(rows.get(0).sealId()))
			.sorted((a, b) -> Long.compare(a.id(), b.id()))
			.toList();
	}

	static LocalDateTime local(Instant at) {
		return at == null ? null : LocalDateTime.ofInstant(at, VIETNAM);
	}

}
