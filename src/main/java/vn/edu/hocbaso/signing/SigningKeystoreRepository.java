package vn.edu.hocbaso.signing;

import org.springframework.data.jpa.repository.JpaRepository;

interface SigningKeystoreRepository extends JpaRepository<SigningKeystore, Long> {
}
