package vn.edu.hocbaso.organisation;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StaffRepository extends JpaRepository<Staff, Long> {

	/** A member of staff with every role and the school and class each applies to. */
	@EntityGraph(attributePaths = { "roles", "roles.school", "roles.schoolClass", "roles.schoolClass.school" })
	@Query("select s from Staff s where s.id = :id")
	Optional<Staff> findWithRolesById(Long id);

	/** The homeroom teacher (giáo viên chủ nhiệm) of a class, if one is assigned. */
	@Query("""
			select r.staff from StaffRole r
			where r.schoolClass.id = :classId and r.role = vn.edu.hocbaso.organisation.Role.HOMEROOM_TEACHER""")
	Optional<Staff> findHomeroomTeacher(Long classId);

}
