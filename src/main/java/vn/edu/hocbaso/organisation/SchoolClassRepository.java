package vn.edu.hocbaso.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SchoolClassRepository extends JpaRepository<SchoolClass, Long> {

	/** The classes of a school in one school year, by grade and name. */
	@Query("""
			select c from SchoolClass c
			where c.school.id = :schoolId and c.schoolYear.id = :schoolYearId
			order by c.grade, c.name""")
	List<SchoolClass> findBySchoolAndYear(Long schoolId, Long schoolYearId);

	@Query("""
			select c from SchoolClass c join fetch c.school join fetch c.schoolYear
			where c.id in :ids and c.schoolYear.id = :schoolYearId
			order by c.school.name, c.grade, c.name""")
	List<SchoolClass> findByIdInAndYear(Collection<Long> ids, Long schoolYearId);

	@Query("""
			select c from SchoolClass c join fetch c.school s join fetch s.unit u join fetch c.schoolYear
			where c.id = :id""")
	Optional<SchoolClass> findWithSchoolById(Long id);

}
