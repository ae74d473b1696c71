package vn.edu.hocbaso.organisation;

import java.util.Collection;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Pupils. The queries that take a reach ({@code departmentId}, {@code schoolIds}, {@code classIds}) return only
 * pupils with at least one enrolment inside it: in a school of that department, in one of those schools, or in
 * one of those classes. Pass {@code -1} or a list holding only {@code -1} for a part of the reach that is empty.
 */
public interface PupilRepository extends JpaRepository<Pupil, Long> {

	String IN_REACH = """
			exists (select e.id from Enrolment e join e.schoolClass c join c.school s join s.unit u
				where e.pupil = p and (u.department.id = :departmentId or s.id in :schoolIds or c.id in :classIds))""";

	/** Pupils whose folded name ({@link PersonName#searchKey(String)}) matches a LIKE pattern. */
	@Query(value = "select p from Pupil p where p.searchName like :pattern escape '\\' and " + IN_REACH
			+ " order by p.searchName, p.id",
			countQuery = "select count(p) from Pupil p where p.searchName like :pattern escape '\\' and " + IN_REACH)
	Page<Pupil> searchByName(String pattern, Long departmentId, Collection<Long> schoolIds,
			Collection<Long> classIds, Pageable page);

	@Query(value = "select p from Pupil p where p.personalId = :personalId and " + IN_REACH,
			countQuery = "select count(p) from Pupil p where p.personalId = :personalId and " + IN_REACH)
	Page<Pupil> searchByPersonalId(String personalId, Long departmentId, Collection<Long> schoolIds,
			Collection<Long> classIds, Pageable page);

	@Query("select count(p) > 0 from Pupil p where p.id = :pupilId and " + IN_REACH)
	boolean isInReach(Long pupilId, Long departmentId, Collection<Long> schoolIds, Collection<Long> classIds);

	Optional<Pupil> findByPersonalId(String personalId);

	Optional<Pupil> findByMinistryCode(String ministryCode);

}
