package vn.edu.hocbaso.schoolyear;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface LateClassRepository extends JpaRepository<LateClass, Long> {

	Optional<LateClass> findByClassIdAndCloseOff(long classId, CloseOff closeOff);

	List<LateClass> findBySchoolYearIdAndSchoolId(long schoolYearId, long schoolId);

}
