package vn.edu.hocbaso.schoolyear;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DeadlineCalendarRepository extends JpaRepository<DeadlineCalendar, Long> {

	/** The row locked until the transaction ends: edits of one year's deadlines take turns. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from DeadlineCalendar c where c.schoolYearId = :schoolYearId")
	Optional<DeadlineCalendar> findLocked(long schoolYearId);

}
