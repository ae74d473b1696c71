package vn.edu.hocbaso.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AdministrativeUnitRepository extends JpaRepository<AdministrativeUnit, Long> {

}
