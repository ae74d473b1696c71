package vn.edu.hocbaso.organisation;

import java.util.Collection;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Pupils. A reach ({@code departmentId}, {@code schoolIds}, {@code classIds}) holds every pupil ever enrolled in
 * a school of that department, and the pupils enrolled now in one of those schools or classes: a school that a
 * pupil left keeps no access to her. Pass {@code -1} or a list holding only {@code -1} for a part of the reach
 * that is empty. Search is {@link PupilSearch}.
 */
public interface PupilRepository extends JpaRepository<Pupil, Long> {

	String IN_REACH = """
			exists (select e.id from Enrolment e join e.schoolClass c join c.school s join s.unit u
				where e.pupil = p and (u.department.id = :departmentId
					or (e.leftOn is null and (s.id in :schoolIds or c.id in :classIds))))""";

	@Query("select count(p) > 0 from Pupil p where p.id = :pupilId and " + IN_REACH)
	boolean isInReach(Long pupilId, Long departmentId, Collection<Long> schoolIds, Collection<Long> classIds);

	Optional<Pupil> findByPersonalId(String personalId);

	Optional<Pupil> findByMinistryCode(String ministryCode);

}
