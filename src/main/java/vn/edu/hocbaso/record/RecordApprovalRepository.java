package vn.edu.hocbaso.record;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface RecordApprovalRepository extends JpaRepository<RecordApproval, Long> {

	List<RecordApproval> findByRecordIdOrderById(long recordId);

	Optional<RecordApproval> findFirstByRecordIdAndStepAndVoidedAtIsNullOrderByIdDesc(long recordId,
			RecordApproval.Step step);

	/** Voids the approvals still standing of the records; returns how many. */
	@Modifying(flushAutomatically = true, clearAutomatically = false)
	@Query("""
			update RecordApproval a set a.voidedAt = :at, a.voidReason = :reason
			where a.recordId in :recordIds and a.voidedAt is null""")
	int voidStanding(Collection<Long> recordIds, Instant at, String reason);

}
