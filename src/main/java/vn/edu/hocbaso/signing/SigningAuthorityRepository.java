package vn.edu.hocbaso.signing;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface SigningAuthorityRepository extends JpaRepository<SigningAuthority, Long> {

	/** The root, locked for an update of its CRL number. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from SigningAuthority a order by a.id")
	Optional<SigningAuthority> findFirstForUpdate();

	Optional<SigningAuthority> findFirstByOrderByIdAsc();

}
