package vn.edu.hocbaso.registry;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.edu.hocbaso.registry.TransactionEnvelopes.Sender;
import vn.edu.hocbaso.signing.RecordVerification;
import vn.edu.hocbaso.signing.VerificationResult;

/**
 * The registry's intake of national transactions (DESIGN.md §7, DOMAIN.md §5 "Transactions"): type 1 submits
 * signed records, type 2 asks what became of them.
 * <p>
 * <b>Submission</b>, in this order:
 * <ol>
 * <li>the transaction itself: envelope complete, content at most 10 MB, sending school known, {@code Signature}
 * valid ({@link TransactionSignature}) and made with the school's approved issue certificate; then, unless the
 * message id was seen before, the school year known, the content decoded ({@link TransactionContent}) and cut
 * into its records ({@link RecordList}). Anything wrong here refuses the whole transaction: nothing is stored,
 * and the answer carries the error code and its message;</li>
 * <li>each record on its own: lookup code a UUID not used before, MA_TRUONG the sending school, NAM_HOC the
 * transaction's year, three valid signatures in order ({@link RecordVerification}), the issue signature made
 * with the school's approved issue certificate, the pupil (SO_CCCD and MA_HOC_SINH) enrolled at the school in
 * that year. A rejected record is answered with trang_thai 0 and its reason;</li>
 * <li>the accepted records are stored, bytes as received with their SHA-256, in one database transaction with
 * the transaction's row and its answer: all of them or none.</li>
 * </ol>
 * The national answer is per record, so a transaction with some rejected records still stores its accepted ones
 * [project decision]. <b>Idempotence</b>: a transaction whose message id the registry already processed gets the
 * stored answer again, whatever its content, and stores nothing; the message id belongs to the school that used
 * it first. A refused transaction is not kept, so its sender may correct it and send it again with the same id.
 * <p>
 * Texts in the answers are Vietnamese, the language of the national interface.
 */
@Service
@Transactional
public class RegistryIntake {

	private static final Logger LOG = LoggerFactory.getLogger(RegistryIntake.class);

	private final RecordVerification verification;

	private final RegistryLookups lookups;

	private final RegistryStore store;

	private final TransactionEnvelopes envelopes;

	private final Clock clock;

	RegistryIntake(RecordVerification verification, RegistryLookups lookups, RegistryStore store,
			TransactionEnvelopes envelopes, Clock clock) {
		this.verification = verification;
		this.lookups = lookups;
		this.store = store;
		this.envelopes = envelopes;
		this.clock = clock;
	}

	/** Submits a list of signed records (type 1) and answers per record; refusals are answers too. */
	public TransactionResponse submit(TransactionRequest request) {
		String messageId = request == null ? null : request.messageId();
		try {
			Sender sender = envelopes.authenticate(request, TransactionType.SUBMIT);
			Optional<TransactionResponse> earlier = envelopes.earlierAnswer(sender);
			if (earlier.isPresent()) {
				LOG.info("Transaction {} of school {} sent again: stored answer returned.", messageId,
						sender.schoolId());
				return earlier.get();
			}
			return intake(sender, request.content());
		}
		catch (TransactionRefused refused) {
			LOG.info("Transaction {} refused: {}.", messageId, refused.getError().code());
			return envelopes.refused(messageId, refused);
		}
	}

	/** The answer given to a submission (type 2 by message id), as it was sent. */
	@Transactional(readOnly = true)
	public Optional<TransactionResponse> query(String messageId) {
		return store.transaction(messageId).filter(stored -> stored.response() != null)
			.map(stored -> envelopes.read(stored.response()));
	}

	/**
	 * A type-2 query, answered from what the registry holds now. Two forms [project decision]: content a
	 * {@link RevocationContent} list naming records by lookup code (reasons left out), answered per record; or no
	 * content and {@code function} the message id of one of the school's own submissions, answered with that
	 * submission's stored answer. Records of other schools read as unknown.
	 */
	@Transactional(readOnly = true)
	public TransactionResponse query(TransactionRequest request) {
		String messageId = request == null ? null : request.messageId();
		try {
			Sender sender = envelopes.authenticate(request, TransactionType.QUERY_SUBMISSION);
			if (request.content() == null || request.content().isBlank()) {
				return submission(sender);
			}
			List<UUID> lookupCodes = RevocationContent.read(TransactionContent.decode(request.content())).stream()
				.map(item -> SubmittedRecord.uuid(item.lookupCode()))
				.toList();
			List<RecordStatus> statuses = statuses(lookupCodes, sender.schoolId());
			LOG.info("Query {} of school {} answered for {} records.", messageId, sender.schoolId(), statuses.size());
			return new TransactionResponse(messageId, "", "", "OK",
					envelopes.text("registry.query.answered", statuses.size()), statuses);
		}
		catch (TransactionRefused refused) {
			LOG.info("Query {} refused: {}.", messageId, refused.getError().code());
			return envelopes.refused(messageId, refused);
		}
	}

	private TransactionResponse submission(Sender sender) {
		String asked = sender.function();
		return store.transaction(asked == null ? "" : asked)
			.filter(stored -> stored.schoolId() == sender.schoolId() && stored.response() != null)
			.map(stored -> envelopes.read(stored.response()))
			.orElseThrow(() -> new TransactionRefused(TransactionError.UNKNOWN_SUBMISSION, asked));
	}

	/**
	 * The state of records by lookup code (type 2 by lookup codes): trang_thai 1 for a record the registry holds,
	 * with its state in the registry, 0 with {@link RecordRejection#UNKNOWN_LOOKUP_CODE} for one it does not.
	 */
	@Transactional(readOnly = true)
	public List<RecordStatus> query(Collection<UUID> lookupCodes) {
		return statuses(lookupCodes, null);
	}

	/** Per lookup code (null for one that is not a UUID); a record of another school than schoolId is unknown. */
	private List<RecordStatus> statuses(Collection<UUID> lookupCodes, Long schoolId) {
		List<RecordStatus> statuses = new ArrayList<>();
		for (UUID lookupCode : lookupCodes) {
			Optional<RegistryRecord> held = lookupCode == null ? Optional.empty()
					: store.record(lookupCode).filter(found -> schoolId == null || found.schoolId() == schoolId);
			if (held.isPresent()) {
				SubmittedRecord record = SubmittedRecord.read(held.get().xml());
				UUID successor = held.get().supersededBy();
				statuses.add(record.status(RecordStatus.Submission.ACCEPTED, null, null)
					.withRegistryState(held.get().status(), successor == null ? null : successor.toString()));
			}
			else {
				statuses.add(RecordStatus.submitted(null, null, null,
						lookupCode == null ? null : lookupCode.toString(), RecordStatus.Submission.REJECTED,
						RecordRejection.UNKNOWN_LOOKUP_CODE.code(), null,
						envelopes.text(RecordRejection.UNKNOWN_LOOKUP_CODE.messageKey())));
			}
		}
		return statuses;
	}

	/** A record the registry holds, with its bytes as received. */
	@Transactional(readOnly = true)
	public Optional<RegistryRecord> find(UUID lookupCode) {
		return store.record(lookupCode);
	}

	private TransactionResponse intake(Sender sender, String content) {

		long schoolYearId = lookups.schoolYearId(sender.schoolYear())
			.orElseThrow(() -> new TransactionRefused(TransactionError.UNKNOWN_SCHOOL_YEAR, sender.schoolYear()));
		List<SubmittedRecord> received = RecordList.split(TransactionContent.decode(content), SubmittedRecord::read);

		Instant now = clock.instant();
		Optional<Long> claimed = store.claim(sender.messageId(), sender.schoolId(), sender.schoolYear(),
				TransactionType.SUBMIT, null, now);
		if (claimed.isEmpty()) {
			// A retry raced this one and finished first: its answer is the answer.
			return envelopes.earlierAnswer(sender).orElseThrow();
		}
		long transactionId = claimed.get();

		List<RecordStatus> statuses = judgeAndStore(received, sender, schoolYearId, transactionId, now);

		int accepted = (int) statuses.stream()
			.filter(status -> status.status() == RecordStatus.Submission.ACCEPTED.code())
			.count();
		int rejected = received.size() - accepted;
		TransactionResponse response = new TransactionResponse(sender.messageId(), "", "", "RECEIVED",
				envelopes.text("registry.transaction.received", received.size(), accepted, rejected), statuses);
		store.answer(transactionId, accepted, rejected, envelopes.write(response));
		LOG.info("Transaction {} of school {} received: {} records accepted, {} rejected.", sender.messageId(),
				sender.schoolId(), accepted, rejected);

		return response;
	}

	/**
	 * Judges each record and stores the accepted ones; the answer's statuses in the records' order. Accepted
	 * records are stored in batches: a replacement stores the batch before it is judged and is stored alone.
	 */
	private List<RecordStatus> judgeAndStore(List<SubmittedRecord> received, Sender sender, long schoolYearId,
			long transactionId, Instant now) {

		// What the registry holds already, asked once for the whole transaction rather than per record.
		Seen seen = new Seen(new HashSet<>(), new HashSet<>(), store.usedLookupCodes(lookupCodes(received)),
				lookups.enrolledPupils(personalIds(received), sender.schoolId(), schoolYearId));
		Accepted pending = new Accepted(new ArrayList<>(), new ArrayList<>());
		List<RecordStatus> statuses = new ArrayList<>();
		for (SubmittedRecord record : received) {
			if (record.isReplacement()) {
				// The record it replaces may be one of this transaction's: stored before it is looked up.
				storePending(pending, statuses);
			}
			Verdict verdict = judge(record, sender, schoolYearId, seen);
			if (verdict.accepted() && record.isReplacement()
					&& !store(record, verdict, sender, schoolYearId, transactionId, now)) {
				verdict = Verdict.rejected(RecordRejection.LOOKUP_CODE_USED);
			}
			else if (verdict.accepted() && !record.isReplacement()) {
				pending.positions().add(statuses.size());
				pending.records().add(new RegistryStore.NewRecord(record, record.lookupUuid(), sender.schoolId(),
						schoolYearId, verdict.pupilId(), transactionId, now, null));
			}
			statuses.add(verdict.accepted() ? record.status(RecordStatus.Submission.ACCEPTED, null, null)
					: rejectedStatus(record, verdict));
		}
		storePending(pending, statuses);
		return statuses;
	}

	/**
	 * Stores an accepted record; a replacement in the same database transaction supersedes the record it replaces
	 * when that one is ACCEPTED (a REVOKED one stays as it is: nothing changes it). False when the lookup code was
	 * stored meanwhile.
	 */
	private boolean store(SubmittedRecord record, Verdict verdict, Sender sender, long schoolYearId,
			long transactionId, Instant now) {

		RegistryRecord replaced = verdict.replaced();
		if (!store.insert(record, record.lookupUuid(), sender.schoolId(), schoolYearId, verdict.pupilId(),
				transactionId, now, replaced == null ? null : replaced.lookupCode())) {
			return false;
		}

		if (replaced != null && replaced.status() == RegistryRecordStatus.ACCEPTED
				&& !store.supersede(replaced.lookupCode(), record.lookupUuid())) {
			// The row was locked for update when judged; nothing may have changed it since.
			throw new IllegalStateException("Record " + replaced.lookupCode() + " changed while it was replaced");
		}
		if (replaced != null) {
			LOG.info("Record {} of school {} replaced by {} ({}).", replaced.lookupCode(), sender.schoolId(),
					record.lookupUuid(), replaced.status());
		}
		return true;
	}

	/**
	 * The lookup codes met so far in a transaction (of the records, and of the records they replace), and what the
	 * registry held when the transaction began: the lookup codes used among its records' and its pupils enrolled.
	 */
	private record Seen(Set<UUID> lookupCodes, Set<UUID> replaced, Set<UUID> used,
			Map<RegistryLookups.PupilKey, Long> enrolled) {
	}

	/** Accepted records not stored yet, and where their statuses stand in the answer. */
	private record Accepted(List<Integer> positions, List<RegistryStore.NewRecord> records) {
	}

	/**
	 * Stores the accepted records waiting, in one batch; one whose lookup code another transaction stored
	 * meanwhile is rejected in the answer instead.
	 */
	private void storePending(Accepted pending, List<RecordStatus> statuses) {
		if (pending.records().isEmpty()) {
			return;
		}
		boolean[] stored = store.insertAll(pending.records());
		for (int i = 0; i < stored.length; i++) {
			if (!stored[i]) {
				SubmittedRecord record = pending.records().get(i).record();
				statuses.set(pending.positions().get(i),
						rejectedStatus(record, Verdict.rejected(RecordRejection.LOOKUP_CODE_USED)));
			}
		}
		pending.positions().clear();
		pending.records().clear();
	}

	private RecordStatus rejectedStatus(SubmittedRecord record, Verdict verdict) {
		return record.status(RecordStatus.Submission.REJECTED, verdict.rejection().code(),
				envelopes.text(verdict.rejection().messageKey(), verdict.arguments()));
	}

	private static List<UUID> lookupCodes(List<SubmittedRecord> records) {
		return records.stream().map(SubmittedRecord::lookupUuid).filter(Objects::nonNull).distinct().toList();
	}

	private static List<String> personalIds(List<SubmittedRecord> records) {
		return records.stream().map(SubmittedRecord::personalId).filter(Objects::nonNull).distinct().toList();
	}

	/** A record's judgement: accepted with the matched pupil (and the record it replaces), or rejected. */
	private record Verdict(RecordRejection rejection, Object[] arguments, Long pupilId, RegistryRecord replaced) {

		static Verdict rejected(RecordRejection rejection, Object... arguments) {
			return new Verdict(rejection, arguments, null, null);
		}

		boolean accepted() {
			return rejection == null;
		}

	}

	/** Cheap checks first, the signatures after, the pupil last. */
	private Verdict judge(SubmittedRecord record, Sender sender, long schoolYearId, Seen seen) {

		if (record.lookupCode() == null || record.schoolCode() == null || record.personalId() == null
				|| record.pupilCode() == null) {
			return Verdict.rejected(RecordRejection.UNREADABLE);
		}
		UUID lookupCode = record.lookupUuid();
		if (lookupCode == null) {
			return Verdict.rejected(RecordRejection.LOOKUP_CODE_INVALID, record.lookupCode());
		}
		if (!seen.lookupCodes().add(lookupCode) || seen.used().contains(lookupCode)) {
			return Verdict.rejected(RecordRejection.LOOKUP_CODE_USED, lookupCode);
		}
		if (!sender.schoolCode().equals(record.schoolCode())) {
			return Verdict.rejected(RecordRejection.OTHER_SCHOOL, record.schoolCode(), sender.schoolCode());
		}
		String year = sender.schoolYear() + "-" + (sender.schoolYear() + 1);
		if (!year.equals(record.schoolYear())) {
			return Verdict.rejected(RecordRejection.OTHER_SCHOOL_YEAR, record.schoolYear(), year);
		}
		RegistryRecord replaced = null;
		if (record.isReplacement()) {
			Replaced judged = replaced(record, sender, schoolYearId, seen);
			if (judged.rejection() != null) {
				return judged.rejection();
			}
			replaced = judged.record();
		}

		String signatureProblems = signatureProblems(record);
		if (signatureProblems != null) {
			return Verdict.rejected(RecordRejection.SIGNATURES, signatureProblems);
		}
		if (!sender.approvedIssueCertificates().contains(record.issueCertificate())) {
			return Verdict.rejected(RecordRejection.NOT_APPROVED_ISSUE_CERTIFICATE);
		}

		Optional<Long> pupil = Optional.ofNullable(
				seen.enrolled().get(new RegistryLookups.PupilKey(record.personalId(), record.pupilCode())));
		if (pupil.isEmpty()) {
			return Verdict.rejected(RecordRejection.PUPIL_NOT_ENROLLED, year);
		}
		if (replaced != null && replaced.pupilId() != null && !replaced.pupilId().equals(pupil.get())) {
			return Verdict.rejected(RecordRejection.REPLACED_OTHER_PUPIL, replaced.lookupCode());
		}
		return new Verdict(null, new Object[0], pupil.get(), replaced);
	}

	/** The record a replacement replaces, or why it cannot be replaced. */
	private record Replaced(RegistryRecord record, Verdict rejection) {

		static Replaced rejected(RecordRejection rejection, Object... arguments) {
			return new Replaced(null, Verdict.rejected(rejection, arguments));
		}

	}

	/**
	 * A replacement replaces a record of the same school and year that is ACCEPTED (before close-off) or REVOKED
	 * (a re-issue after the department approved its revocation), once. A LOCKED record cannot be replaced: the
	 * school requests its revocation first. The replaced row stays locked for update until the transaction ends.
	 */
	private Replaced replaced(SubmittedRecord record, Sender sender, long schoolYearId, Seen seen) {

		UUID code = record.replacesUuid();
		if (code == null) {
			return Replaced.rejected(RecordRejection.REPLACED_INVALID, record.replacesLookupCode());
		}
		Optional<RegistryRecord> found = store.recordForUpdate(code);
		if (found.isEmpty()) {
			return Replaced.rejected(RecordRejection.REPLACED_UNKNOWN, code);
		}
		RegistryRecord replaced = found.get();
		if (replaced.schoolId() != sender.schoolId()) {
			return Replaced.rejected(RecordRejection.REPLACED_OTHER_SCHOOL, code);
		}
		if (replaced.schoolYearId() != schoolYearId) {
			return Replaced.rejected(RecordRejection.REPLACED_OTHER_SCHOOL_YEAR, code);
		}
		if (!seen.replaced().add(code)) {
			return Replaced.rejected(RecordRejection.REPLACED_TWICE, code);
		}

		return switch (replaced.status()) {
			case ACCEPTED -> new Replaced(replaced, null);
			case REVOKED -> store.isReplaced(code) ? Replaced.rejected(RecordRejection.REPLACED_NOT_CURRENT, code)
					: new Replaced(replaced, null);
			case LOCKED -> Replaced.rejected(RecordRejection.REPLACED_LOCKED, code);
			case WITHDRAWN, SUPERSEDED -> Replaced.rejected(RecordRejection.REPLACED_NOT_CURRENT, code);
		};
	}

	/** What is wrong with the record's signatures, in words, or null when all three are valid. */
	private String signatureProblems(SubmittedRecord record) {
		VerificationResult result;
		try {
			result = verification.verify(record.xml());
		}
		catch (RuntimeException ex) {
			// A record the verifier cannot even read has no valid signature.
			return envelopes.text("registry.record.signaturesUnreadable");
		}
		if (result.valid()) {
			return null;
		}
		return result.signatures().stream()
			.flatMap(check -> check.findings().stream())
			.map(finding -> envelopes.text(finding.messageKey(), finding.arguments().toArray()))
			.collect(Collectors.joining(" "));
	}

}
