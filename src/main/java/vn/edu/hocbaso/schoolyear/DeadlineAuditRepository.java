package vn.edu.hocbaso.schoolyear;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeadlineAuditRepository extends JpaRepository<DeadlineAudit, Long> {

	List<DeadlineAudit> findTop50BySchoolYearIdOrderByIdDesc(long schoolYearId);

}
