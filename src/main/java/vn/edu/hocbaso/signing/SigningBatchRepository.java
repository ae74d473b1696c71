package vn.edu.hocbaso.signing;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SigningBatchRepository extends JpaRepository<SigningBatch, UUID> {

	/** Batches that were running when the server stopped: each of their records is signed or untouched. */
	@Modifying
	@Query("""
			update SigningBatch b set b.state = vn.edu.hocbaso.signing.BatchProgress.State.INTERRUPTED,
				b.finishedAt = :now
			where b.state = vn.edu.hocbaso.signing.BatchProgress.State.RUNNING and b.startedAt < :now""")
	int interruptRunning(Instant now);

}
