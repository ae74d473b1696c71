package vn.edu.hocbaso.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.edu.hocbaso.registry.RevocationStore.Revocation;
import vn.edu.hocbaso.registry.TransactionEnvelopes.Sender;

/**
 * Withdrawals and revocations (type 5), their queries (type 6) and the department's decision on a pending
 * revocation (DESIGN.md §7, DOMAIN.md §4.3).
 * <p>
 * <b>Type 5</b>, after the same envelope checks as a submission: the content is a {@link RevocationContent} list
 * and the envelope's {@code function} says what is asked for each record of it. Per record, with its
 * {@code trang_thai}:
 * <ul>
 * <li>an ACCEPTED record (not locked yet) is withdrawn at once, whatever the function: WITHDRAWN, 2;</li>
 * <li>"THU_HOI" on a LOCKED record: a request waits for the department, 1;</li>
 * <li>anything else is refused, 3, with a {@link RecordRejection} code: "RUT" on a locked record (after
 * close-off only a revocation can), a record already revoked, withdrawn or superseded, a record of another
 * school or unknown, pupil fields that are not the record's, a reason missing or over 500 characters, a request
 * already waiting.</li>
 * </ul>
 * The transaction is stored with its answer in one database transaction, all of it or nothing, and is
 * idempotent by message id like a submission: a retry gets the stored answer and changes nothing.
 * <p>
 * <b>Type 6</b> answers per record with the latest request: 1 pending, 2 accepted (withdrawn or revoked), 3
 * refused with the department's reason, or 3 {@link RecordRejection#NO_REVOCATION} when none was asked.
 * <p>
 * <b>The department's decision</b> ({@link #decide}) approves a pending request (the record LOCKED to REVOKED,
 * the one change the database lets through on a locked record) or refuses it with a reason, and publishes
 * {@link RevocationDecided} in the same transaction.
 */
@Service
@Transactional
public class RegistryRevocations {

	private static final Logger LOG = LoggerFactory.getLogger(RegistryRevocations.class);

	private final TransactionEnvelopes envelopes;

	private final RegistryStore store;

	private final RevocationStore revocations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RegistryRevocations(TransactionEnvelopes envelopes, RegistryStore store, RevocationStore revocations,
			ApplicationEventPublisher events, Clock clock) {
		this.envelopes = envelopes;
		this.store = store;
		this.revocations = revocations;
		this.events = events;
		this.clock = clock;
	}

	/** A type-5 transaction: withdraw ("RUT") or request the revocation of ("THU_HOI") the listed records. */
	public TransactionResponse request(TransactionRequest request) {
		String messageId = request == null ? null : request.messageId();
		try {
			Sender sender = envelopes.authenticate(request, TransactionType.REVOKE);
			Optional<TransactionResponse> earlier = envelopes.earlierAnswer(sender);
			if (earlier.isPresent()) {
				LOG.info("Transaction {} of school {} sent again: stored answer returned.", messageId,
						sender.schoolId());
				return earlier.get();
			}
			String function = sender.function();
			if (!RevocationContent.WITHDRAW.equals(function) && !RevocationContent.REVOKE.equals(function)) {
				throw new TransactionRefused(TransactionError.UNKNOWN_FUNCTION, function == null ? "" : function);
			}
			List<RevocationItem> items = RevocationContent.read(TransactionContent.decode(request.content()));
			return process(sender, items);
		}
		catch (TransactionRefused refused) {
			LOG.info("Transaction {} refused: {}.", messageId, refused.getError().code());
			return envelopes.refused(messageId, refused);
		}
	}

	private TransactionResponse process(Sender sender, List<RevocationItem> items) {

		Instant now = clock.instant();
		Optional<Long> claimed = store.claim(sender.messageId(), sender.schoolId(), sender.schoolYear(),
				TransactionType.REVOKE, sender.function(), now);
		if (claimed.isEmpty()) {
			// A retry raced this one and finished first: its answer is the answer.
			return envelopes.earlierAnswer(sender).orElseThrow();
		}

		List<RecordStatus> statuses = new ArrayList<>();
		Set<UUID> seen = new HashSet<>();
		for (RevocationItem item : items) {
			statuses.add(act(item, sender, claimed.get(), now, seen));
		}

		int withdrawn = count(statuses, RecordStatus.Revocation.ACCEPTED);
		int pending = count(statuses, RecordStatus.Revocation.PENDING);
		int refused = count(statuses, RecordStatus.Revocation.REFUSED);
		TransactionResponse response = new TransactionResponse(sender.messageId(), "", "", "RECEIVED",
				envelopes.text("registry.revocation.received", items.size(), withdrawn, pending, refused), statuses);
		store.answer(claimed.get(), withdrawn + pending, refused, envelopes.write(response));
		LOG.info("Transaction {} ({}) of school {} received: {} withdrawn, {} pending, {} refused.",
				sender.messageId(), sender.function(), sender.schoolId(), withdrawn, pending, refused);

		return response;
	}

	/** Withdraws, requests or refuses one item. */
	private RecordStatus act(RevocationItem item, Sender sender, long transactionId, Instant now, Set<UUID> seen) {

		Judged judged = judge(item, sender, seen);
		if (judged.refusal() != null) {
			return judged.refusal();
		}
		RegistryRecord record = judged.record();
		UUID code = record.lookupCode();

		if (record.status() == RegistryRecordStatus.ACCEPTED) {
			if (!store.withdraw(code)) {
				throw new IllegalStateException("Record " + code + " changed while it was withdrawn");
			}
			revocations.withdrawn(code, transactionId, sender.function(), item.reason().strip(), now);
			LOG.info("Record {} of school {} withdrawn.", code, sender.schoolId());
			return status(item, RecordStatus.Revocation.ACCEPTED, null, RegistryRecordStatus.WITHDRAWN, null);
		}

		revocations.pending(code, transactionId, item.reason().strip(), now);
		LOG.info("Revocation of record {} of school {} requested.", code, sender.schoolId());
		return status(item, RecordStatus.Revocation.PENDING, null, RegistryRecordStatus.LOCKED, null);
	}

	/** The record an item may act on, or the refusal (trang_thai 3) of the item. */
	private record Judged(RegistryRecord record, RecordStatus refusal) {
	}

	private Judged judge(RevocationItem item, Sender sender, Set<UUID> seen) {

		if (item.reason() == null || item.reason().isBlank()) {
			return refused(item, RecordRejection.REASON_MISSING);
		}
		if (RevocationItem.reasonTooLong(item.reason().strip())) {
			return refused(item, RecordRejection.REASON_TOO_LONG, RevocationItem.MAX_REASON);
		}
		UUID code = SubmittedRecord.uuid(item.lookupCode());
		if (code == null) {
			return refused(item, RecordRejection.LOOKUP_CODE_INVALID, item.lookupCode());
		}
		if (!seen.add(code)) {
			return refused(item, RecordRejection.LOOKUP_CODE_USED, code);
		}
		Optional<RegistryRecord> found = store.recordForUpdate(code);
		if (found.isEmpty()) {
			return refused(item, RecordRejection.UNKNOWN_LOOKUP_CODE);
		}
		RegistryRecord record = found.get();
		if (record.schoolId() != sender.schoolId()) {
			return refused(item, RecordRejection.RECORD_OF_OTHER_SCHOOL);
		}
		SubmittedRecord held = SubmittedRecord.read(record.xml());
		if (differs(item.pupilCode(), held.pupilCode()) || differs(item.personalId(), held.personalId())) {
			return refused(item, RecordRejection.IDENTITY_MISMATCH);
		}

		return switch (record.status()) {
			case ACCEPTED -> new Judged(record, null);
			case LOCKED -> lockedItem(item, record, sender);
			case REVOKED -> refused(item, RecordRejection.ALREADY_REVOKED, record.status());
			case WITHDRAWN -> refused(item, RecordRejection.ALREADY_WITHDRAWN, record.status());
			case SUPERSEDED -> new Judged(null, status(item, RecordStatus.Revocation.REFUSED,
					RecordRejection.ALREADY_SUPERSEDED, record.status(), record.supersededBy(),
					record.supersededBy()));
		};
	}

	/** After close-off only a revocation may go on, and only one at a time. */
	private Judged lockedItem(RevocationItem item, RegistryRecord record, Sender sender) {
		if (!RevocationContent.REVOKE.equals(sender.function())) {
			return refused(item, RecordRejection.LOCKED, record.status());
		}
		if (revocations.isPending(record.lookupCode())) {
			return refused(item, RecordRejection.REVOCATION_PENDING, record.status());
		}
		return new Judged(record, null);
	}

	/** A type-6 transaction: the state of the withdrawal or revocation of each listed record. */
	@Transactional(readOnly = true)
	public TransactionResponse query(TransactionRequest request) {
		String messageId = request == null ? null : request.messageId();
		try {
			Sender sender = envelopes.authenticate(request, TransactionType.QUERY_REVOCATION);
			List<RecordStatus> statuses = new ArrayList<>();
			for (RevocationItem item : RevocationContent.read(TransactionContent.decode(request.content()))) {
				statuses.add(state(item, sender));
			}
			LOG.info("Revocation query {} of school {} answered for {} records.", messageId, sender.schoolId(),
					statuses.size());
			return new TransactionResponse(messageId, "", "", "OK",
					envelopes.text("registry.query.answered", statuses.size()), statuses);
		}
		catch (TransactionRefused refused) {
			LOG.info("Revocation query {} refused: {}.", messageId, refused.getError().code());
			return envelopes.refused(messageId, refused);
		}
	}

	private RecordStatus state(RevocationItem item, Sender sender) {

		UUID code = SubmittedRecord.uuid(item.lookupCode());
		if (code == null) {
			return refused(item, RecordRejection.LOOKUP_CODE_INVALID, item.lookupCode()).refusal();
		}
		Optional<RegistryRecord> record = store.record(code).filter(found -> found.schoolId() == sender.schoolId());
		if (record.isEmpty()) {
			return refused(item, RecordRejection.UNKNOWN_LOOKUP_CODE).refusal();
		}
		RegistryRecordStatus now = record.get().status();
		Optional<Revocation> latest = revocations.latest(code);
		if (latest.isEmpty()) {
			return status(item, RecordStatus.Revocation.REFUSED, RecordRejection.NO_REVOCATION, now, null);
		}

		return switch (latest.get().state()) {
			case PENDING -> status(item, RecordStatus.Revocation.PENDING, null, now, null);
			case APPROVED -> status(item, RecordStatus.Revocation.ACCEPTED, null, now, null);
			case REFUSED -> status(item, RecordStatus.Revocation.REFUSED, RecordRejection.REVOCATION_REFUSED, now,
					null, latest.get().decisionReason());
		};
	}

	/**
	 * The department's decision on the pending revocation of a locked record: approved, the record becomes
	 * REVOKED; refused (reason required, at most 500 characters), it stays LOCKED. Publishes
	 * {@link RevocationDecided} in this transaction. Refused with {@link RevocationDecisionRefused} when no
	 * request waits for the record or the reason is missing; nothing changes then.
	 */
	public void decide(UUID lookupCode, boolean approve, String reason, long departmentStaffId) {

		String why = reason == null || reason.isBlank() ? null : reason.strip();
		if (!approve && why == null) {
			throw new RevocationDecisionRefused("registry.revocation.reasonRequired", lookupCode);
		}
		if (why != null && RevocationItem.reasonTooLong(why)) {
			throw new RevocationDecisionRefused("registry.revocation.reasonTooLong", lookupCode);
		}
		Revocation pending = revocations.pendingForUpdate(lookupCode)
			.orElseThrow(() -> new RevocationDecisionRefused("registry.revocation.notPending", lookupCode));

		if (approve && !store.revoke(lookupCode)) {
			throw new IllegalStateException("Record " + lookupCode + " is not locked but has a pending revocation");
		}
		revocations.decide(pending.id(), approve ? RevocationStore.State.APPROVED : RevocationStore.State.REFUSED,
				clock.instant(), departmentStaffId, why);
		events.publishEvent(new RevocationDecided(lookupCode, approve, why, departmentStaffId));
		LOG.info("Revocation of record {} {} by staff {}.", lookupCode, approve ? "approved" : "refused",
				departmentStaffId);
	}

	private Judged refused(RevocationItem item, RecordRejection rejection, Object... arguments) {
		return new Judged(null, status(item, RecordStatus.Revocation.REFUSED, rejection, null, null, arguments));
	}

	private RecordStatus status(RevocationItem item, RecordStatus.Revocation state, RecordRejection rejection,
			RegistryRecordStatus registryState, UUID successor, Object... arguments) {
		return RecordStatus
			.revocation(item.pupilCode(), item.pupilName(), item.personalId(), item.lookupCode(), state,
					rejection == null ? null : rejection.code(), null,
					rejection == null ? null : envelopes.text(rejection.messageKey(), arguments))
			.withRegistryState(registryState, successor == null ? null : successor.toString());
	}

	private static int count(List<RecordStatus> statuses, RecordStatus.Revocation state) {
		return (int) statuses.stream().filter(status -> status.status() == state.code()).count();
	}

	private static boolean differs(String given, String held) {
		return given != null && !given.strip().equals(held);
	}

}
