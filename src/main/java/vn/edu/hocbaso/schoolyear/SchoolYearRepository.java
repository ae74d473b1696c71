package vn.edu.hocbaso.schoolyear;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SchoolYearRepository extends JpaRepository<SchoolYear, Long> {

	Optional<SchoolYear> findByStartYear(int startYear);

	Optional<SchoolYear> findFirstByStartYearLessThanEqualOrderByStartYearDesc(int startYear);

	Optional<SchoolYear> findFirstByOrderByStartYearDesc();

	/**
	 * The school year running on a date; before the first year that has started, the earliest known one
	 * would be odd, so the latest one is taken instead (a fresh installation set up for next September).
	 */
	default Optional<SchoolYear> findCurrent(LocalDate date) {
		return findFirstByStartYearLessThanEqualOrderByStartYearDesc(SchoolYear.startYearOn(date))
			.or(this::findFirstByOrderByStartYearDesc);
	}

}
