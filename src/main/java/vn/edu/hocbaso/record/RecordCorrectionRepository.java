package vn.edu.hocbaso.record;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RecordCorrectionRepository extends JpaRepository<RecordCorrection, Long> {

	/** The request still open for a record; the database keeps at most one. */
	Optional<RecordCorrection> findByRecordIdAndStatus(long recordId, RecordCorrection.Status status);

	Optional<RecordCorrection> findByReplacementId(long replacementId);

	List<RecordCorrection> findByRecordIdOrderById(long recordId);

}
