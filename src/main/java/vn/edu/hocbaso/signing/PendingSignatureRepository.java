package vn.edu.hocbaso.signing;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PendingSignatureRepository extends JpaRepository<PendingSignature, UUID> {

	@Modifying
	@Query("delete from PendingSignature p where p.expiresAt <= :now")
	int deleteExpired(Instant now);

}
