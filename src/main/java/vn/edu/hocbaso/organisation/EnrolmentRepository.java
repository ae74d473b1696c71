package vn.edu.hocbaso.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

	/**
	 * The pupils of each class, as {@link #findMembersOfClass} counts them: for a class of an earlier year, those
	 * who were in it when that year ended.
	 */
	@Query("""
			select new vn.edu.hocbaso.organisation.ClassSize(e.schoolClass.id, count(e))
			from Enrolment e
			where e.schoolClass.id in :classIds and (e.leftOn is null or e.leftOn >= e.schoolClass.schoolYear.endsOn)
			group by e.schoolClass.id""")
	List<ClassSize> countMembersByClass(Collection<Long> classIds);

	/** Pupils enrolled now in the classes of one school year, per school. */
	@Query("""
			select new vn.edu.hocbaso.organisation.ClassSize(e.schoolClass.school.id, count(e))
			from Enrolment e
			where e.schoolClass.school.id in :schoolIds and e.schoolClass.schoolYear.id = :schoolYearId
				and e.leftOn is null
			group by e.schoolClass.school.id""")
	List<ClassSize> countCurrentPupilsBySchool(Collection<Long> schoolIds, Long schoolYearId);

	/** The pupils of a class now, with their identity. */
	@Query("""
			select e from Enrolment e join fetch e.pupil p
			where e.schoolClass.id = :classId and e.leftOn is null
			order by p.fullName""")
	List<Enrolment> findCurrentByClass(Long classId);

	/**
	 * The pupils of a class as its page lists them: those in it now, and for a class of an earlier year those who
	 * were in it when that year ended (their stay ended with the year, on its last day or later), not those who
	 * moved to another class during the year.
	 */
	@Query("""
			select e from Enrolment e join fetch e.pupil p
			where e.schoolClass.id = :classId and (e.leftOn is null or e.leftOn >= e.schoolClass.schoolYear.endsOn)
			order by p.fullName""")
	List<Enrolment> findMembersOfClass(Long classId);

	/** A pupil's study history (quá trình học tập): every stay with its class, school and year. */
	@Query("""
			select e from Enrolment e join fetch e.schoolClass c join fetch c.school join fetch c.schoolYear
			where e.pupil.id = :pupilId
			order by e.enrolledOn""")
	List<Enrolment> findHistoryOfPupil(Long pupilId);

	/** The stay a pupil is in now, if any; there is at most one. */
	@Query("select e from Enrolment e join fetch e.schoolClass where e.pupil.id = :pupilId and e.leftOn is null")
	Optional<Enrolment> findCurrentOfPupil(Long pupilId);

}
