package vn.edu.hocbaso.signing;

import java.util.Collection;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SigningKeystoreRepository extends JpaRepository<SigningKeystore, Long> {

	/** Which of these certificates have their key kept here; the others sign elsewhere. */
	@Query("select k.certificateId from SigningKeystore k where k.certificateId in :certificateIds")
	Set<Long> findKeptIn(Collection<Long> certificateIds);

}
