package vn.edu.hocbaso.record;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RecordApprovalRepository extends JpaRepository<RecordApproval, Long> {

	List<RecordApproval> findByRecordIdOrderById(long recordId);

	Optional<RecordApproval> findFirstByRecordIdAndStepAndVoidedAtIsNullOrderByIdDesc(long recordId,
			RecordApproval.Step step);

}
