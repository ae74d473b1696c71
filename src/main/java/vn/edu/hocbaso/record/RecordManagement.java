package vn.edu.hocbaso.record;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.edu.hocbaso.organisation.EnrolmentRepository;
import vn.edu.hocbaso.organisation.Pupil;
import vn.edu.hocbaso.organisation.PupilRepository;
import vn.edu.hocbaso.organisation.SchoolClass;
import vn.edu.hocbaso.organisation.SchoolClassRepository;

/**
 * Opens, changes, checks and completes year records. Every call names the acting member of staff, and every
 * change made through a record's mutators is written to the audit with that person and the time.
 */
@Service
@Transactional
public class RecordManagement {

	private final YearRecordRepository records;

	private final RecordAuditRepository audits;

	private final RecordLedger ledger;

	private final PupilRepository pupils;

	private final SchoolClassRepository classes;

	private final EnrolmentRepository enrolments;

	private final ApplicationEventPublisher events;

	RecordManagement(YearRecordRepository records, RecordAuditRepository audits, RecordLedger ledger,
			PupilRepository pupils, SchoolClassRepository classes, EnrolmentRepository enrolments,
			ApplicationEventPublisher events) {
		this.records = records;
		this.audits = audits;
		this.ledger = ledger;
		this.pupils = pupils;
		this.classes = classes;
		this.enrolments = enrolments;
		this.events = events;
	}

	/**
	 * The pupil's record of the class's school year, opened empty if there is none yet. A pupil who moved
	 * class during the year keeps the record opened first; moving it with the pupil belongs to the transfer
	 * step, which is not built yet. While a replacement of the current record is prepared, the replacement is
	 * the one to work on, so it is the one answered.
	 */
	public YearRecord open(long pupilId, long classId, long staffId) {

		SchoolClass schoolClass = classes.findById(classId)
			.orElseThrow(() -> new IllegalArgumentException("No class " + classId));
		long yearId = schoolClass.getSchoolYear().getId();

		YearRecord current = records.findByPupilIdAndSchoolYearId(pupilId, yearId)
			.orElseGet(() -> save(new YearRecord(pupilId, yearId, classId, schoolClass.getGrade()), staffId));

		boolean replaceable = current.getState() == RecordState.SUBMITTED || current.getState() == RecordState.ACCEPTED;
		return replaceable ? records.findPendingReplacementOf(current.getId()).orElse(current) : current;
	}

	/** The records of every pupil now in the class, opening those that do not exist yet: the class grid's rows. */
	public List<YearRecord> openClass(long classId, long staffId) {
		return enrolments.findCurrentByClass(classId).stream()
			.map(enrolment -> open(enrolment.getPupil().getId(), classId, staffId))
			.toList();
	}

	/**
	 * Applies changes to a record as the person saw it. A change that takes a checked or approved record back to
	 * draft publishes {@link CheckedRecordChanged} in this transaction, so that the approval steps start again.
	 *
	 * @param expectedVersion the version the change was made on; another person's save in between refuses it
	 * @throws ObjectOptimisticLockingFailureException when the record changed since that version
	 */
	public YearRecord change(long recordId, long expectedVersion, long staffId, Consumer<YearRecord> changes) {

		YearRecord record = load(recordId, expectedVersion);
		boolean wasChecked = record.isComplete();
		boolean wasApproved = record.getState().isApproved();
		changes.accept(record);

		YearRecord saved = save(record, staffId);
		if ((wasChecked || wasApproved) && !saved.isComplete()) {
			events.publishEvent(new CheckedRecordChanged(saved.getId(), saved.getClassId(), saved.getPupilId(),
					wasApproved));
		}
		return saved;
	}

	/** Marks the record ready for signing, refused with {@link RecordHasErrors} while the checks find errors. */
	public YearRecord markComplete(long recordId, long expectedVersion, long staffId) {

		YearRecord record = load(recordId, expectedVersion);
		record.markComplete(personalIdOf(record));

		return save(record, staffId);
	}

	@Transactional(readOnly = true)
	public List<Finding> check(long recordId) {
		YearRecord record = load(recordId);
		return RecordChecks.check(record, personalIdOf(record));
	}

	@Transactional(readOnly = true)
	public List<RecordAudit> history(long recordId) {
		return audits.findByRecordIdOrderById(recordId);
	}

	private YearRecord load(long recordId, long expectedVersion) {

		YearRecord record = load(recordId);
		if (record.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(YearRecord.class, recordId);
		}

		return record;
	}

	private YearRecord load(long recordId) {
		return records.findById(recordId).orElseThrow(() -> new IllegalArgumentException("No record " + recordId));
	}

	/** Saves and audits; an edit that returned an approved record to draft voids its approvals. */
	private YearRecord save(YearRecord record, long staffId) {
		return ledger.save(record, staffId);
	}

	private String personalIdOf(YearRecord record) {
		return pupils.findById(record.getPupilId()).map(Pupil::getPersonalId).orElse(null);
	}

}
