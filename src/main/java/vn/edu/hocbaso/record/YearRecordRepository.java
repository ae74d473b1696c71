package vn.edu.hocbaso.record;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface YearRecordRepository extends JpaRepository<YearRecord, Long> {

	/**
	 * The pupil's current record of the year: not withdrawn, superseded or revoked, and not a replacement still
	 * being prepared. The database keeps at most one.
	 */
	@Query("""
			select r from YearRecord r where r.pupilId = :pupilId and r.schoolYearId = :schoolYearId
			and r.pendingReplacement = false and r.state not in (vn.edu.hocbaso.record.RecordState.WITHDRAWN,
				vn.edu.hocbaso.record.RecordState.SUPERSEDED, vn.edu.hocbaso.record.RecordState.REVOKED)""")
	Optional<YearRecord> findByPupilIdAndSchoolYearId(long pupilId, long schoolYearId);

	/** The replacement being prepared for a record, if any. */
	@Query("""
			select r from YearRecord r where r.replacesId = :recordId and r.pendingReplacement = true
			and r.state <> vn.edu.hocbaso.record.RecordState.WITHDRAWN""")
	Optional<YearRecord> findPendingReplacementOf(long recordId);

	/** A pupil's current records, the latest school year first. */
	@Query("""
			select r from YearRecord r where r.pupilId = :pupilId and r.pendingReplacement = false
			and r.state not in (vn.edu.hocbaso.record.RecordState.WITHDRAWN,
				vn.edu.hocbaso.record.RecordState.SUPERSEDED, vn.edu.hocbaso.record.RecordState.REVOKED)
			order by r.schoolYearId desc""")
	List<YearRecord> findCurrentOfPupil(long pupilId);

	/** A class's records in one query, whatever their state. */
	List<YearRecord> findByClassIdOrderById(long classId);

	/** The class's current records in the class-wide approval steps: those held for supplementary evaluation wait. */
	@Query("""
			select r from YearRecord r where r.classId = :classId and r.heldForSupplementary = false
			and r.pendingReplacement = false and r.state not in (vn.edu.hocbaso.record.RecordState.WITHDRAWN,
				vn.edu.hocbaso.record.RecordState.SUPERSEDED, vn.edu.hocbaso.record.RecordState.REVOKED)
			order by r.id""")
	List<YearRecord> findInClassBook(long classId);

	/** The class's current records, held ones included. */
	@Query("""
			select r from YearRecord r where r.classId = :classId
			and r.pendingReplacement = false and r.state not in (vn.edu.hocbaso.record.RecordState.WITHDRAWN,
				vn.edu.hocbaso.record.RecordState.SUPERSEDED, vn.edu.hocbaso.record.RecordState.REVOKED)
			order by r.id""")
	List<YearRecord> findCurrentInClass(long classId);

}
