package vn.edu.hocbaso.record;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface YearRecordRepository extends JpaRepository<YearRecord, Long> {

	Optional<YearRecord> findByPupilIdAndSchoolYearId(long pupilId, long schoolYearId);

	/** A class's records in one query: the class grid's read. */
	List<YearRecord> findByClassIdOrderById(long classId);

}
