package vn.edu.hocbaso.signing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SigningBatchItemRepository extends JpaRepository<SigningBatchItem, Long> {

	List<SigningBatchItem> findByBatchIdOrderByPosition(UUID batchId);

	List<SigningBatchItem> findByBatchIdAndStateOrderByPosition(UUID batchId, SigningBatchItem.State state);

	/** The item, locked until the end of the transaction: two completions of one record run one after the other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from SigningBatchItem i where i.id = :id")
	Optional<SigningBatchItem> findLockedById(Long id);

}
