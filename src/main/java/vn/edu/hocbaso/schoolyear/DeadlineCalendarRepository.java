package vn.edu.hocbaso.schoolyear;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeadlineCalendarRepository extends JpaRepository<DeadlineCalendar, Long> {

}
