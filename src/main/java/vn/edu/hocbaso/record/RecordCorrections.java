package vn.edu.hocbaso.record;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.edu.hocbaso.record.RecordCorrection.Kind;
import vn.edu.hocbaso.record.RecordCorrection.Status;
import vn.edu.hocbaso.schoolyear.DeadlineKind;
import vn.edu.hocbaso.schoolyear.Deadlines;

/**
 * Corrections of a record the school has already submitted (DESIGN.md §4): before the lock the school withdraws
 * it or replaces it with a new record (new lookup code; the old one is superseded once the replacement is
 * accepted); after the lock the school asks the department to revoke it, and an approved revocation opens a new
 * draft for re-issue.
 *
 * <p>Only the record's school asks (its clerk or its board), only the department decides on a revocation, and
 * a withdrawal or replacement is refused once the close-off has passed. Refusals are {@link ApprovalRefused};
 * nothing changes.
 */
@Service
@Transactional
public class RecordCorrections {

	private static final Logger LOG = LoggerFactory.getLogger(RecordCorrections.class);

	/**
	 * The longest reason the school may give: a withdrawal's or revocation's reason goes to the registry as LY_DO,
	 * which refuses more than 500 characters (registry.RevocationItem.MAX_REASON).
	 */
	public static final int MAX_REASON = 500;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(Deadlines.VIETNAM);

	private final YearRecordRepository records;

	private final RecordCorrectionRepository corrections;

	private final RecordAuditRepository audits;

	private final RecordLedger ledger;

	private final RecordPeople people;

	private final Deadlines deadlines;

	private final JdbcTemplate jdbc;

	private final EntityManager entityManager;

	RecordCorrections(YearRecordRepository records, RecordCorrectionRepository corrections,
			RecordAuditRepository audits, RecordLedger ledger, RecordPeople people, Deadlines deadlines,
			JdbcTemplate jdbc, EntityManager entityManager) {
		this.records = records;
		this.corrections = corrections;
		this.audits = audits;
		this.ledger = ledger;
		this.people = people;
		this.deadlines = deadlines;
		this.jdbc = jdbc;
		this.entityManager = entityManager;
	}

	/** What a correction page shows of a record: where it stands and what the school may ask for now. */
	public Overview overview(long recordId) {

		YearRecord record = load(recordId);
		RecordPeople.ClassPlace place = people.placeOf(record.getClassId());
		RecordCorrection open = corrections.findByRecordIdAndStatus(recordId, Status.REQUESTED).orElse(null);
		List<RecordCorrection> history = corrections.findByRecordIdOrderById(recordId);
		RecordCorrection last = history.isEmpty() ? null : history.get(history.size() - 1);
		RecordCorrection stopped = last != null && last.getStatus() == Status.REFUSED ? last : null;

		return new Overview(recordId, record.getPupilId(), people.namesOf(List.of(record.getPupilId())),
				record.getClassId(), place.schoolId(), place.schoolYearId(), place.departmentId(), record.getState(),
				record.getLookupCode(), allowedNow(record, open), open, stopped);
	}

	/** The pupil's current records, the latest school year first, as correction pages show them. */
	@Transactional(readOnly = true)
	public List<Overview> overviewsOfPupil(long pupilId) {
		return records.findCurrentOfPupil(pupilId).stream().map(record -> overview(record.getId())).toList();
	}

	/**
	 * Refuses, with the reason why, a correction the member of staff may not ask for now; changes nothing. The
	 * process start calls it first, so that a bad request starts nothing.
	 *
	 * @return the reason as checked (composed, NFC, trimmed): what is sealed for the registry, whose limit
	 * counts the same characters
	 */
	public String checkAllowed(long recordId, Kind kind, long staffId, String reason) {
		return requireAllowed(load(recordId), kind, staffId, reason);
	}

	/** Before the lock: the record leaves the registry's way (SUBMITTED or ACCEPTED to WITHDRAWN). */
	public long withdraw(long recordId, long staffId, String reason) {

		YearRecord record = load(recordId);
		String text = requireAllowed(record, Kind.WITHDRAW, staffId, reason);

		RecordCorrection correction = new RecordCorrection(recordId, Kind.WITHDRAW, text, staffId, ledger.now());
		correction.done(staffId, ledger.now(), null);
		corrections.save(correction);
		record.moveTo(RecordState.WITHDRAWN);
		ledger.save(record, staffId);

		LOG.info("record-{}: withdrawn", recordId);
		return correction.getId();
	}

	/**
	 * Before the lock: a replacement with the same content and a new lookup code, to be corrected and approved
	 * again. The record stays the pupil's current one until the replacement is accepted.
	 *
	 * @return the replacement's id
	 */
	public long startReplacement(long recordId, long staffId, String reason) {

		YearRecord record = load(recordId);
		String text = requireAllowed(record, Kind.REPLACE, staffId, reason);

		YearRecord replacement = ledger.save(record.replacement(true), staffId);
		RecordCorrection correction = new RecordCorrection(recordId, Kind.REPLACE, text, staffId, ledger.now());
		correction.replacedBy(replacement.getId());
		corrections.save(correction);

		LOG.info("record-{}: replacement record-{} started", recordId, replacement.getId());
		return replacement.getId();
	}

	/**
	 * The registry accepted the replacement: the record it replaces is superseded and the replacement becomes the
	 * pupil's current record. Refused when the replaced record was locked in between (a close-off): then only a
	 * revocation can correct it.
	 */
	public void completeReplacement(long replacementId) {

		YearRecord replacement = load(replacementId);
		if (!replacement.isPendingReplacement() || replacement.getState() != RecordState.ACCEPTED) {
			throw new ApprovalRefused("record.approval.wrongState", ApprovalRefused.state(replacement.getState()));
		}
		YearRecord replaced = load(replacement.getReplacesId());
		if (replaced.getState() == RecordState.LOCKED) {
			throw new ApprovalRefused("record.correction.lockedMeanwhile");
		}

		replaced.supersedeBy(replacementId);
		ledger.save(replaced, null);
		replacement.becomeCurrent();
		ledger.save(replacement, null);
		corrections.findByReplacementId(replacementId).ifPresent(request -> request.done(null, ledger.now(), null));

		LOG.info("record-{}: superseded by record-{}", replaced.getId(), replacementId);
	}

	/**
	 * The registry refused a replacement because the record it replaces was locked at close-off: the replacement
	 * can never be accepted, so it is set aside (WITHDRAWN, never sent again) and the request ends with the reason.
	 * The record stays LOCKED; a revocation request is now the way, and an approved revocation re-issues the record
	 * from its own content.
	 *
	 * @return the replaced record's id
	 */
	public long stopReplacement(long replacementId, String why) {

		YearRecord replacement = load(replacementId);
		if (!replacement.isPendingReplacement()) {
			throw new ApprovalRefused("record.approval.wrongState", ApprovalRefused.state(replacement.getState()));
		}
		replacement.moveTo(RecordState.WITHDRAWN);
		ledger.save(replacement, null);
		corrections.findByReplacementId(replacementId)
			.filter(request -> request.getStatus() == Status.REQUESTED)
			.ifPresent(request -> request.stop(ledger.now(), why));

		LOG.info("record-{}: replacement record-{} stopped, the record is locked", replacement.getReplacesId(),
				replacementId);
		return replacement.getReplacesId();
	}

	/**
	 * The registry refused the school's revocation request (the department never saw it): the request ends with
	 * the registry's reason and the school may ask again.
	 */
	public void revocationRefusedByRegistry(long recordId, String why) {

		corrections.findByRecordIdAndStatus(recordId, Status.REQUESTED)
			.filter(open -> open.getKind() == Kind.REVOKE)
			.ifPresent(open -> open.stop(ledger.now(), why));
		LOG.info("record-{}: revocation request refused by the registry", recordId);
	}

	/** After the lock: the school asks the department to revoke the record. */
	public long requestRevocation(long recordId, long staffId, String reason) {

		YearRecord record = load(recordId);
		String text = requireAllowed(record, Kind.REVOKE, staffId, reason);

		RecordCorrection request = corrections.save(new RecordCorrection(recordId, Kind.REVOKE, text, staffId,
				ledger.now()));

		LOG.info("record-{}: revocation requested", recordId);
		return request.getId();
	}

	/**
	 * The department approves the revocation: the locked record becomes REVOKED (the one change the database
	 * allows on a locked row) and a new draft with its content opens for re-issue.
	 *
	 * @return the new draft's id
	 */
	public long approveRevocation(long recordId, long staffId, String decisionReason) {

		YearRecord record = load(recordId);
		RecordCorrection request = openRevocation(record, staffId);

		YearRecord draft = record.replacement(false);
		entityManager.detach(record);
		jdbc.update("update year_record set state = 'REVOKED', version = version + 1 where id = ? and state = 'LOCKED'",
				recordId);
		audits.save(new RecordAudit(recordId, staffId, ledger.now(),
				new YearRecord.Change(RecordField.STATE, RecordState.LOCKED.name(), RecordState.REVOKED.name())));
		YearRecord saved = ledger.save(draft, staffId);
		request.done(staffId, ledger.now(), RecordInput.text(decisionReason));
		request.replacedBy(saved.getId());

		LOG.info("record-{}: revoked, re-issue as record-{}", recordId, saved.getId());
		return saved.getId();
	}

	/** The department refuses the revocation, with a reason; the record stays locked. */
	public void refuseRevocation(long recordId, long staffId, String decisionReason) {

		String text = RecordApprovals.requireReason(decisionReason);
		RecordCorrection request = openRevocation(load(recordId), staffId);
		request.refuse(staffId, ledger.now(), text);

		LOG.info("record-{}: revocation refused", recordId);
	}

	@Transactional(readOnly = true)
	public List<RecordCorrection> historyOf(long recordId) {
		return corrections.findByRecordIdOrderById(recordId);
	}

	private RecordCorrection openRevocation(YearRecord record, long staffId) {

		if (!people.isInDepartment(staffId, people.placeOf(record.getClassId()).departmentId())) {
			throw new ApprovalRefused("record.correction.notDepartment");
		}
		RecordCorrection request = corrections.findByRecordIdAndStatus(record.getId(), Status.REQUESTED)
			.filter(open -> open.getKind() == Kind.REVOKE)
			.orElseThrow(() -> new ApprovalRefused("record.correction.noRequest"));
		if (record.getState() != RecordState.LOCKED) {
			throw new ApprovalRefused("record.approval.wrongState", ApprovalRefused.state(record.getState()));
		}
		return request;
	}

	/**
	 * A reason the registry keeps: its limit checked first, in characters (code points) as the registry counts
	 * them, so that a long reason gets this one message, with its length, and not the approvals' own limit.
	 */
	private static String requireRegistryReason(String reason) {

		String text = RecordInput.text(reason);
		int length = text == null ? 0 : text.codePointCount(0, text.length());
		if (length > MAX_REASON) {
			throw new ApprovalRefused("record.correction.reasonTooLong", MAX_REASON, length);
		}

		return RecordApprovals.requireReason(reason);
	}

	private String requireAllowed(YearRecord record, Kind kind, long staffId, String reason) {

		String text = requireRegistryReason(reason);
		RecordPeople.ClassPlace place = people.placeOf(record.getClassId());
		if (!people.isClerk(staffId, place.schoolId()) && !people.isOnBoard(staffId, place.schoolId())) {
			throw new ApprovalRefused("record.correction.notSchool");
		}
		if (corrections.findByRecordIdAndStatus(record.getId(), Status.REQUESTED).isPresent()) {
			throw new ApprovalRefused("record.correction.alreadyRequested");
		}
		if (kind == Kind.REVOKE) {
			requireState(record, record.getState() == RecordState.LOCKED, "record.correction.notLocked");
			return text;
		}

		requireState(record, record.getState() != RecordState.LOCKED, "record.correction.locked");
		requireState(record, isReplaceable(record), "record.approval.wrongState");
		Instant closeOff = closeOffOf(record, place);
		if (!ledger.now().isBefore(closeOff)) {
			throw new ApprovalRefused("record.correction.afterCloseOff", DATE.format(closeOff));
		}
		return text;
	}

	private List<Kind> allowedNow(YearRecord record, RecordCorrection open) {

		if (open != null) {
			return List.of();
		}
		if (record.getState() == RecordState.LOCKED) {
			return List.of(Kind.REVOKE);
		}
		if (isReplaceable(record)
				&& ledger.now().isBefore(closeOffOf(record, people.placeOf(record.getClassId())))) {
			return List.of(Kind.WITHDRAW, Kind.REPLACE);
		}
		return List.of();
	}

	private static boolean isReplaceable(YearRecord record) {
		return record.isCurrent()
				&& (record.getState() == RecordState.SUBMITTED || record.getState() == RecordState.ACCEPTED);
	}

	/** The close-off that bounds the record: the supplementary one for a record held for supplementary evaluation. */
	private Instant closeOffOf(YearRecord record, RecordPeople.ClassPlace place) {
		DeadlineKind kind = record.isHeldForSupplementary() ? DeadlineKind.SUPPLEMENTARY_CLOSE_OFF
				: DeadlineKind.MAIN_CLOSE_OFF;
		return deadlines.at(kind, place.schoolId(), place.schoolYearId());
	}

	private static void requireState(YearRecord record, boolean allowed, String messageKey) {
		if (!allowed) {
			throw new ApprovalRefused(messageKey, ApprovalRefused.state(record.getState()));
		}
	}

	private YearRecord load(long recordId) {
		return records.findById(recordId).orElseThrow(() -> new IllegalArgumentException("No record " + recordId));
	}

	/**
	 * A record as a correction page shows it.
	 *
	 * @param allowed what the school may ask for now (by state and date; who asks is checked on the request)
	 * @param openRequest the request still waiting (a revocation before the department, a replacement being
	 * approved), or {@code null}
	 * @param stoppedRequest the latest request when it ended refused (by the department, by the registry, or a
	 * replacement stopped by the close-off), to say why; {@code null} otherwise
	 */
	public record Overview(long recordId, long pupilId, String pupilName, long classId, long schoolId,
			long schoolYearId, long departmentId, RecordState state, UUID lookupCode, List<Kind> allowed,
			RecordCorrection openRequest, RecordCorrection stoppedRequest) {
	}

}
