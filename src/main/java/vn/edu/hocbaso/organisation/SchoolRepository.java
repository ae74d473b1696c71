package vn.edu.hocbaso.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SchoolRepository extends JpaRepository<School, Long> {

	/** The schools of a department, with their ward or commune. */
	@Query("""
			select s from School s join fetch s.unit u
			where u.department.id = :departmentId
			order by s.name""")
	List<School> findByDepartment(Long departmentId);

	@Query("select s from School s join fetch s.unit u where s.id in :ids order by s.name")
	List<School> findWithUnitByIdIn(Collection<Long> ids);

	@Query("select s from School s join fetch s.unit u join fetch u.department where s.id = :id")
	Optional<School> findWithUnitById(Long id);

}
