package vn.edu.hocbaso.record;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.edu.hocbaso.organisation.Pupil;
import vn.edu.hocbaso.organisation.PupilRepository;

/**
 * The approval steps a record goes through (DESIGN.md §5), for a whole class or, in the supplementary
 * evaluation and for a replacement, for one record. The steps are digital signatures: the signing module asks
 * what to sign ({@link #documentToSign}) and hands back the signed XML ({@link #recordSignature}), which is kept
 * with the approval ({@link RecordApproval}) and moves the record on. The class-wide and per-record steps the
 * processes call then confirm that the signatures are there.
 *
 * <p>Every step checks who acts and where the records stand, and refuses with {@link ApprovalRefused} before it
 * changes anything. A class-wide step acts on the class's current records that are not held for supplementary
 * evaluation, in one transaction: all of them or none. Every change of state is written to the audit with who
 * and when; the registry's answers and the lock at a close-off are the system's ({@code null} staff).
 */
@Service
@Transactional
public class RecordApprovals {

	private static final Logger LOG = LoggerFactory.getLogger(RecordApprovals.class);

	/** The records' forms are dated in Vietnam's time. */
	private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

	/** Where a signature moves the record. */
	private static final Map<RecordApproval.Step, RecordState> AFTER = Map.of(
			RecordApproval.Step.TEACHER, RecordState.SIGNED_BY_TEACHER,
			RecordApproval.Step.PRINCIPAL, RecordState.SIGNED_BY_PRINCIPAL,
			RecordApproval.Step.ISSUE, RecordState.ISSUED);

	/** The states of a record that carries the step's signature. */
	private static final Map<RecordApproval.Step, Set<RecordState>> SIGNED = Map.of(
			RecordApproval.Step.TEACHER, EnumSet.of(RecordState.SIGNED_BY_TEACHER, RecordState.SIGNED_BY_PRINCIPAL,
					RecordState.ISSUED, RecordState.SUBMITTED, RecordState.ACCEPTED, RecordState.LOCKED),
			RecordApproval.Step.PRINCIPAL, EnumSet.of(RecordState.SIGNED_BY_PRINCIPAL, RecordState.ISSUED,
					RecordState.SUBMITTED, RecordState.ACCEPTED, RecordState.LOCKED),
			RecordApproval.Step.ISSUE, EnumSet.of(RecordState.ISSUED, RecordState.SUBMITTED, RecordState.ACCEPTED,
					RecordState.LOCKED));

	private final YearRecordRepository records;

	private final RecordLedger ledger;

	private final RecordPeople people;

	private final RecordManagement management;

	private final PupilRepository pupils;

	private final JdbcTemplate jdbc;

	private final EntityManager entityManager;

	private final NationalForms forms;

	RecordApprovals(YearRecordRepository records, RecordLedger ledger, RecordPeople people,
			RecordManagement management, PupilRepository pupils, JdbcTemplate jdbc, EntityManager entityManager,
			NationalForms forms) {
		this.records = records;
		this.ledger = ledger;
		this.people = people;
		this.management = management;
		this.pupils = pupils;
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.forms = forms;
	}

	/**
	 * Ends the preparation of a class: every record still being prepared (DRAFT, REJECTED) that is not held for
	 * supplementary evaluation must pass the checks, and all of them are marked complete; otherwise nothing
	 * changes and {@link ClassNotReady} lists the records that fail. A pupil of the class without a record gets
	 * an empty one, which fails.
	 */
	public void completePreparation(long classId, long staffId) {

		requireHomeroomTeacher(staffId, classId);
		management.openClass(classId, staffId);

		List<YearRecord> preparing = inClassBook(classId, record -> record.getState().isInPreparation());
		Map<Long, String> personalIds = personalIdsOf(preparing);
		List<YearRecord> failing = preparing.stream()
			.filter(record -> !passes(record, personalIds.get(record.getPupilId())))
			.toList();
		if (!failing.isEmpty()) {
			throw new ClassNotReady(classId, failing.stream().map(YearRecord::getId).toList(),
					failing.stream().map(YearRecord::getPupilId).toList());
		}

		preparing.forEach(record -> {
			record.markComplete(personalIds.get(record.getPupilId()));
			ledger.save(record, staffId);
		});
		LOG.info("class-{}: preparation of {} records complete", classId, preparing.size());
	}

	/**
	 * Holds the records of the class whose pupil did not complete the grade (completion recorded as "no"): they
	 * leave the class-wide steps and wait for supplementary evaluation. A held record that was approved goes back
	 * to preparation. Answers every held record of the class, so that a second call answers the same.
	 */
	public List<Long> holdForSupplementary(long classId, long staffId) {

		RecordPeople.ClassPlace place = people.placeOf(classId);
		if (!people.isHomeroomTeacher(staffId, classId) && !people.isOnBoard(staffId, place.schoolId())) {
			throw new ApprovalRefused("record.approval.notHomeroomTeacher");
		}

		List<YearRecord> notCompleted = inClassBook(classId,
				record -> Boolean.FALSE.equals(record.getCompletedGrade()) && record.getState().isEditable());
		notCompleted.forEach(record -> {
			record.holdForSupplementary();
			record.backToPreparation();
			ledger.save(record, staffId, "held for supplementary evaluation");
		});

		List<Long> held = records.findCurrentInClass(classId).stream()
			.filter(YearRecord::isHeldForSupplementary)
			.map(YearRecord::getId)
			.toList();
		LOG.info("class-{}: {} records held for supplementary evaluation", classId, held.size());
		return held;
	}

	/**
	 * The homeroom teacher's step for the class: confirms that she signed every record of the class book (the
	 * signing module signs them, {@link #recordSignature}); answers how many are signed. Refused, naming the
	 * pupils, while a record is still in preparation (not signed yet, or edited after signing).
	 */
	public int approveClassAsTeacher(long classId, long staffId) {

		requireHomeroomTeacher(staffId, classId);
		List<YearRecord> inBook = inClassBook(classId, record -> true);
		refuseFor(inBook, record -> !isSigned(record, RecordApproval.Step.TEACHER),
				"record.signature.notSignedByTeacher");

		LOG.info("class-{}: {} records signed by the homeroom teacher", classId, inBook.size());
		return inBook.size();
	}

	/**
	 * The principal's step for the class: confirms that every record of the class book carries the principal's
	 * signature after the teacher's; answers how many. Refused, naming the pupils, while a record is not signed
	 * by the principal (an edit after signing returns it to DRAFT, without signatures).
	 */
	public int approveClassAsPrincipal(long classId, long staffId) {

		requireBoard(staffId, people.placeOf(classId).schoolId());
		List<YearRecord> inBook = inClassBook(classId, record -> true);
		refuseFor(inBook, record -> !isSigned(record, RecordApproval.Step.PRINCIPAL),
				"record.signature.notSignedByPrincipal");

		LOG.info("class-{}: {} records signed by the school board", classId, inBook.size());
		return inBook.size();
	}

	/**
	 * The principal returns the class with a reason: the approvals are voided and the records go back to DRAFT,
	 * and no longer complete, so that the preparation step checks them again before the teacher approves anew.
	 */
	public int returnClass(long classId, long staffId, String reason) {

		String text = requireReason(reason);
		requireBoard(staffId, people.placeOf(classId).schoolId());

		List<YearRecord> approved = inClassBook(classId, RecordApprovals::isApproved);
		approved.forEach(record -> returnRecord(record, staffId, text));
		LOG.info("class-{}: {} records returned to preparation", classId, approved.size());
		return approved.size();
	}

	/**
	 * The clerk's step for the class: every record of the class book must carry the school's issue signature
	 * (ISSUED); the issued records are submitted (SUBMITTED) and answered by number. Refused, naming the pupils,
	 * while a record is not issued yet.
	 */
	public int submitClass(long classId, long staffId) {

		requireClerk(staffId, people.placeOf(classId).schoolId());
		List<YearRecord> inBook = inClassBook(classId, record -> true);
		refuseFor(inBook, record -> !isSigned(record, RecordApproval.Step.ISSUE), "record.signature.notIssued");

		List<YearRecord> issued = only(inBook, RecordState.ISSUED);
		issued.forEach(record -> submit(record, staffId));
		LOG.info("class-{}: {} issued records submitted", classId, issued.size());
		return issued.size();
	}

	/** The same steps for one record (supplementary evaluation, replacement). */
	public void completePreparationOf(long recordId, long staffId) {

		YearRecord record = load(recordId);
		requireHomeroomTeacher(staffId, record.getClassId());
		requireState(record, record.getState().isInPreparation());

		String personalId = personalIdsOf(List.of(record)).get(record.getPupilId());
		if (!passes(record, personalId)) {
			throw new ClassNotReady(record.getClassId(), List.of(recordId), List.of(record.getPupilId()));
		}
		record.markComplete(personalId);
		ledger.save(record, staffId);
	}

	/** Confirms the homeroom teacher's signature of one record; refused, naming the pupil, while it is missing. */
	public void approveAsTeacher(long recordId, long staffId) {

		YearRecord record = load(recordId);
		requireHomeroomTeacher(staffId, record.getClassId());
		refuseFor(List.of(record), candidate -> !isSigned(candidate, RecordApproval.Step.TEACHER),
				"record.signature.notSignedByTeacher");

		LOG.info("record-{}: signed by the homeroom teacher", recordId);
	}

	/** Confirms the principal's signature of one record; refused, naming the pupil, while it is missing. */
	public void approveAsPrincipal(long recordId, long staffId) {

		YearRecord record = load(recordId);
		requireBoard(staffId, people.placeOf(record.getClassId()).schoolId());
		refuseFor(List.of(record), candidate -> !isSigned(candidate, RecordApproval.Step.PRINCIPAL),
				"record.signature.notSignedByPrincipal");

		LOG.info("record-{}: signed by the school board", recordId);
	}

	public void returnRecord(long recordId, long staffId, String reason) {

		String text = requireReason(reason);
		YearRecord record = load(recordId);
		requireBoard(staffId, people.placeOf(record.getClassId()).schoolId());
		requireState(record, isApproved(record));

		returnRecord(record, staffId, text);
		LOG.info("record-{}: returned to preparation", recordId);
	}

	/** Submits one issued record; refused, naming the pupil, while the school's issue signature is missing. */
	public void submit(long recordId, long staffId) {

		YearRecord record = load(recordId);
		requireClerk(staffId, people.placeOf(record.getClassId()).schoolId());
		refuseFor(List.of(record), candidate -> !isSigned(candidate, RecordApproval.Step.ISSUE),
				"record.signature.notIssued");
		requireState(record, record.getState() == RecordState.ISSUED);

		submit(record, staffId);
		LOG.info("record-{}: issued record submitted", recordId);
	}

	/** The registry's answer for one submitted record. */
	public void markAccepted(long recordId) {

		YearRecord record = load(recordId);
		requireState(record, record.getState() == RecordState.SUBMITTED);

		record.accept();
		ledger.save(record, null);
		LOG.info("record-{}: accepted by the registry", recordId);
	}

	/** The registry rejected the record: it keeps the reasons and goes back to preparation, its approvals void. */
	public void markRejected(long recordId, String reasons) {

		String text = requireReason(reasons);
		YearRecord record = load(recordId);
		requireState(record, record.getState() == RecordState.SUBMITTED);

		record.reject(text);
		ledger.save(record, null, "rejected by the registry: " + text);
		LOG.info("record-{}: rejected by the registry", recordId);
	}

	/**
	 * Locks every accepted record of the school's year; returns how many. One set-based statement locks the rows
	 * and appends their audit rows (the system acts, so no member of staff is named): a close-off locks hundreds
	 * of thousands of records at once (DESIGN.md §10).
	 */
	public int lockAccepted(long schoolId, long schoolYearId) {

		entityManager.flush();
		Timestamp now = Timestamp.from(ledger.now());
		int locked = jdbc.update("""
				with locked as (
					update year_record r set state = 'LOCKED', locked_at = ?, version = r.version + 1
					from school_class c
					where c.id = r.class_id and c.school_id = ? and c.school_year_id = ?
						and r.school_year_id = ? and r.state = 'ACCEPTED'
					returning r.id)
				insert into record_audit (record_id, staff_id, changed_at, field, old_value, new_value)
				select id, null, ?, 'state', 'ACCEPTED', 'LOCKED' from locked""",
				now, schoolId, schoolYearId, schoolYearId, now);
		entityManager.clear();

		LOG.info("school-{} year {}: {} accepted records locked", schoolId, schoolYearId, locked);
		return locked;
	}

	/**
	 * Classes of the school's year with a current record not yet accepted (or locked), or with a pupil who has
	 * no record yet. Records held for supplementary evaluation do not count: the main close-off's question.
	 */
	@Transactional(readOnly = true)
	public List<Long> classesNotAccepted(long schoolId, long schoolYearId) {
		return classesNotAccepted(schoolId, schoolYearId, false);
	}

	/**
	 * The same, with the records held for supplementary evaluation counted when asked: the supplementary
	 * close-off's question.
	 */
	@Transactional(readOnly = true)
	public List<Long> classesNotAccepted(long schoolId, long schoolYearId, boolean withSupplementary) {
		return jdbc.queryForList("""
				select c.id from school_class c
				where c.school_id = ? and c.school_year_id = ? and (
					exists (select 1 from year_record r where r.class_id = c.id
						and r.state not in ('ACCEPTED', 'LOCKED', 'WITHDRAWN', 'SUPERSEDED', 'REVOKED')
						and not r.pending_replacement and (? or not r.held_for_supplementary))
					or exists (select 1 from enrolment e where e.class_id = c.id and e.left_on is null
						and not exists (select 1 from year_record r where r.pupil_id = e.pupil_id
							and r.school_year_id = c.school_year_id
							and r.state not in ('WITHDRAWN', 'SUPERSEDED', 'REVOKED'))))
				order by c.grade, c.name, c.id""", Long.class, schoolId, schoolYearId, withSupplementary);
	}

	/**
	 * The result of the supplementary evaluation of a held record (the summer's additional evaluation): whether
	 * the pupil now completed the grade, with a note. The homeroom teacher or the school board enters it. A pupil
	 * who completed is promoted; completing is refused while the confirmed overall result is still CHT, which the
	 * teacher updates in the class grid first, so that the record never says both.
	 */
	public void recordSupplementaryResult(long recordId, long staffId, boolean completed, String note) {

		YearRecord record = loadHeld(recordId);
		RecordPeople.ClassPlace place = people.placeOf(record.getClassId());
		if (!people.isHomeroomTeacher(staffId, record.getClassId()) && !people.isOnBoard(staffId, place.schoolId())) {
			throw new ApprovalRefused("record.approval.notHomeroomTeacher");
		}
		requireState(record, record.getState().isEditable());
		if (completed && record.getConfirmedResult() == OverallResult.CHT) {
			throw new ApprovalRefused("record.approval.resultStillNotCompleted");
		}

		record.noteSupplementaryResult(completed, note);
		ledger.save(record, staffId);
		LOG.info("record-{}: supplementary result recorded", recordId);
	}

	/** The principal's decision on the promotion of a held record; holding a pupil back needs a reason. */
	public void decidePromotion(long recordId, long staffId, boolean promoted, String reason) {

		YearRecord record = loadHeld(recordId);
		requireBoard(staffId, people.placeOf(record.getClassId()).schoolId());
		if (!promoted) {
			requireReason(reason);
		}
		requireState(record, record.getState().isEditable());

		record.decidePromotion(promoted, reason);
		ledger.save(record, staffId);
		LOG.info("record-{}: promotion decided", recordId);
	}

	/**
	 * What the step signs for this record (see {@link DocumentToSign}); refused with {@link ApprovalRefused} when the
	 * record is not where that step comes (the teacher signs a complete record in preparation, the principal a
	 * record the teacher signed, the school one the principal signed) or when the person may not sign it.
	 * CONTRACT (issue 5): implemented by the record-side work.
	 */
	@Transactional(readOnly = true)
	public DocumentToSign documentToSign(long recordId, RecordApproval.Step step, long staffId) {

		YearRecord record = load(recordId);
		String pupil = people.namesOf(List.of(record.getPupilId()));
		requireMaySign(record, step, staffId, pupil);

		byte[] xml = switch (step) {
			case TEACHER -> forms.xml(recordId, signingManager(record),
					OffsetDateTime.ofInstant(ledger.now(), VIETNAM));
			case PRINCIPAL -> signedXml(record, RecordApproval.Step.TEACHER, pupil);
			case ISSUE -> signedXml(record, RecordApproval.Step.PRINCIPAL, pupil);
		};
		return new DocumentToSign(recordId, record.getVersion(), step, xml);
	}

	/**
	 * Stores one signature of a record and moves it on (TEACHER: SIGNED_BY_TEACHER, PRINCIPAL: SIGNED_BY_PRINCIPAL,
	 * ISSUE: ISSUED): the signed XML byte for byte with its SHA-256, who signed with which certificate and when, in
	 * the record's approvals. Refused with {@link ApprovalRefused}, nothing changed, when the record changed since
	 * {@code signed} was made from it (its version), is no longer where the step comes, or the person may not sign.
	 * One record per call, in the caller's transaction: a batch commits record by record.
	 * CONTRACT (issue 5): implemented by the record-side work.
	 */
	public void recordSignature(DocumentToSign signed, long staffId, long certificateId, byte[] signedXml) {

		YearRecord record = load(signed.recordId());
		String pupil = people.namesOf(List.of(record.getPupilId()));
		if (record.getVersion() != signed.version()) {
			throw new ApprovalRefused("record.signature.changed", pupil);
		}
		requireMaySign(record, signed.step(), staffId, pupil);
		requireSameRecord(record, signedXml, pupil);

		byte[] xml = signedXml.clone();
		ledger.approve(record, signed.step(), staffId,
				new RecordApproval.Signature(xml, sha256(xml), certificateId, signed.version()));
		record.moveTo(AFTER.get(signed.step()));
		ledger.save(record, staffId);
		LOG.info("record-{}: {} signature stored", record.getId(), signed.step());
	}

	/** The XML of the record's last valid signature, if it has one. */
	@Transactional(readOnly = true)
	public Optional<SignedRecord> signedRecord(long recordId) {
		return ledger.lastSigned(recordId)
			.map(approval -> new SignedRecord(recordId, approval.getSignedVersion(), approval.getStep(),
					approval.getSignedXml(), approval.getXmlSha256(), approval.getStaffId(),
					approval.getCertificateId(), approval.getApprovedAt()));
	}

	/** The record's approvals, voided ones included, in the order given. */
	@Transactional(readOnly = true)
	public List<RecordApproval> approvalsOf(long recordId) {
		return ledger.approvalsOf(recordId);
	}

	/**
	 * Who may sign the step and whether the record is where the step comes: the homeroom teacher signs a complete
	 * record in preparation, the school board one the teacher signed, the clerk (who holds the school's issue
	 * certificate) one the principal signed. Refusals name the pupil.
	 */
	private void requireMaySign(YearRecord record, RecordApproval.Step step, long staffId, String pupil) {

		long schoolId = people.placeOf(record.getClassId()).schoolId();
		RecordState state = record.getState();
		switch (step) {
			case TEACHER -> {
				requireHomeroomTeacher(staffId, record.getClassId());
				requireSignable(state.isInPreparation(), record, pupil);
				if (!record.isComplete()) {
					throw new ApprovalRefused("record.signature.incomplete", pupil);
				}
			}
			case PRINCIPAL -> {
				requireBoard(staffId, schoolId);
				if (state.isInPreparation()) {
					throw new ApprovalRefused("record.signature.notSignedByTeacher", pupil);
				}
				requireSignable(state == RecordState.SIGNED_BY_TEACHER, record, pupil);
			}
			case ISSUE -> {
				requireClerk(staffId, schoolId);
				if (state.isInPreparation() || state == RecordState.SIGNED_BY_TEACHER) {
					throw new ApprovalRefused("record.signature.notSignedByPrincipal", pupil);
				}
				requireSignable(state == RecordState.SIGNED_BY_PRINCIPAL, record, pupil);
			}
		}
	}

	private static void requireSignable(boolean allowed, YearRecord record, String pupil) {
		if (!allowed) {
			throw new ApprovalRefused("record.signature.wrongState", pupil, ApprovalRefused.state(record.getState()));
		}
	}

	/** The manager (CBQL) the teacher's XML names: the school's principal, else a vice principal. */
	private long signingManager(YearRecord record) {
		long schoolId = people.placeOf(record.getClassId()).schoolId();
		return people.signingManagerOf(schoolId).orElseThrow(() -> new ApprovalRefused("record.signature.noBoard"));
	}

	/** The XML the step before stored: the next signature goes after it, leaving it intact. */
	private byte[] signedXml(YearRecord record, RecordApproval.Step before, String pupil) {
		return ledger.standing(record.getId(), before)
			.map(RecordApproval::getSignedXml)
			.orElseThrow(() -> new ApprovalRefused(before == RecordApproval.Step.TEACHER
					? "record.signature.notSignedByTeacher" : "record.signature.notSignedByPrincipal", pupil));
	}

	/** A signature of another record (its lookup code) never goes on this one. */
	private static void requireSameRecord(YearRecord record, byte[] signedXml, String pupil) {

		UUID lookupCode;
		try {
			lookupCode = NationalRecordXml.read(signedXml).header().lookupCode();
		}
		catch (RuntimeException ex) {
			throw new ApprovalRefused("record.signature.unreadable", pupil);
		}
		if (!record.getLookupCode().equals(lookupCode)) {
			throw new ApprovalRefused("record.signature.otherRecord", pupil);
		}
	}

	/** Whether the record carries the step's signature: it is signed that far, and not set aside. */
	private static boolean isSigned(YearRecord record, RecordApproval.Step step) {
		return SIGNED.get(step).contains(record.getState());
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("No SHA-256", ex);
		}
	}

	private void returnRecord(YearRecord record, long staffId, String reason) {
		record.returnWith(reason);
		ledger.save(record, staffId, "returned: " + reason);
	}

	/**
	 * The issued record goes to the department: SUBMITTED. The submission module sends its signed XML
	 * ({@link #signedRecord}) in the school's sealed transaction, in the same process step.
	 */
	private void submit(YearRecord record, long staffId) {
		record.moveTo(RecordState.SUBMITTED);
		ledger.save(record, staffId);
	}

	private static boolean isApproved(YearRecord record) {
		return record.getState() == RecordState.SIGNED_BY_TEACHER
				|| record.getState() == RecordState.SIGNED_BY_PRINCIPAL;
	}

	private List<YearRecord> inClassBook(long classId, Predicate<YearRecord> filter) {
		return records.findInClassBook(classId).stream().filter(filter).toList();
	}

	private static List<YearRecord> only(List<YearRecord> records, RecordState state) {
		return records.stream().filter(record -> record.getState() == state).toList();
	}

	/** Refuses, naming the pupils, when any of the records is as described. */
	private void refuseFor(List<YearRecord> candidates, Predicate<YearRecord> refused, String messageKey) {

		List<Long> pupilIds = candidates.stream().filter(refused).map(YearRecord::getPupilId).toList();
		if (!pupilIds.isEmpty()) {
			throw new ApprovalRefused(messageKey, people.namesOf(pupilIds));
		}
	}

	private void requireHomeroomTeacher(long staffId, long classId) {
		if (!people.isHomeroomTeacher(staffId, classId)) {
			throw new ApprovalRefused("record.approval.notHomeroomTeacher");
		}
	}

	private void requireBoard(long staffId, long schoolId) {
		if (!people.isOnBoard(staffId, schoolId)) {
			throw new ApprovalRefused("record.approval.notBoard");
		}
	}

	private void requireClerk(long staffId, long schoolId) {
		if (!people.isClerk(staffId, schoolId)) {
			throw new ApprovalRefused("record.approval.notClerk");
		}
	}

	private static void requireState(YearRecord record, boolean allowed) {
		if (!allowed) {
			throw new ApprovalRefused("record.approval.wrongState", ApprovalRefused.state(record.getState()));
		}
	}

	static String requireReason(String reason) {

		String text = RecordInput.text(reason);
		if (text == null || text.isBlank()) {
			throw new ApprovalRefused("record.approval.reasonRequired");
		}
		if (text.codePointCount(0, text.length()) > 1000) {
			throw new ApprovalRefused("record.approval.reasonTooLong", 1000);
		}
		return text;
	}

	private YearRecord load(long recordId) {
		return records.findById(recordId).orElseThrow(() -> new IllegalArgumentException("No record " + recordId));
	}

	private YearRecord loadHeld(long recordId) {

		YearRecord record = load(recordId);
		if (!record.isHeldForSupplementary()) {
			throw new ApprovalRefused("record.approval.notHeld");
		}
		return record;
	}

	private static boolean passes(YearRecord record, String personalId) {
		return RecordChecks.check(record, personalId).stream().noneMatch(Finding::isError);
	}

	private Map<Long, String> personalIdsOf(List<YearRecord> of) {
		List<Long> pupilIds = of.stream().map(YearRecord::getPupilId).distinct().toList();
		return pupils.findAllById(pupilIds).stream()
			.filter(pupil -> pupil.getPersonalId() != null)
			.collect(Collectors.toMap(Pupil::getId, Pupil::getPersonalId));
	}

}
