package vn.edu.hocbaso.schoolyear;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeadlineExtensionRepository extends JpaRepository<DeadlineExtension, Long> {

	List<DeadlineExtension> findBySchoolYearIdAndSchoolId(long schoolYearId, long schoolId);

	Optional<DeadlineExtension> findBySchoolYearIdAndSchoolIdAndCloseOff(long schoolYearId, long schoolId,
			CloseOff closeOff);

	List<DeadlineExtension> findBySchoolYearIdOrderByGrantedAtDesc(long schoolYearId);

}
