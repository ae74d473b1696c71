package vn.edu.hocbaso.schoolyear;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SchoolYearRepository extends JpaRepository<SchoolYear, Long> {

	Optional<SchoolYear> findByStartYear(int startYear);

}
