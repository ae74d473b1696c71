package vn.edu.hocbaso.signing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import vn.edu.hocbaso.organisation.Role;

interface SigningCertificateRepository extends JpaRepository<SigningCertificate, Long> {

	List<SigningCertificate> findByStatus(SigningCertificate.Status status);

	List<SigningCertificate> findByStaffIdAndRole(Long staffId, CertificateRole role);

	List<SigningCertificate> findBySchoolIdAndRole(Long schoolId, CertificateRole role);

	List<SigningCertificate> findByStaffIdOrderByIdDesc(Long staffId);

	List<SigningCertificate> findBySchoolIdInOrderBySchoolIdAscRoleAscIdDesc(Collection<Long> schoolIds);

	List<SigningCertificate> findBySchoolIdInAndRegistrationOrderByIdAsc(Collection<Long> schoolIds,
			SigningCertificate.Registration registration);

	boolean existsByIssuerAndSerialNumber(String issuer, String serialNumber);

	/** How many people of a school hold one of the roles, whether or not they have a certificate. */
	@Query("""
			select count(distinct r.staff.id) from StaffRole r
			where r.school.id = :schoolId and r.role in :roles""")
	long countSigners(long schoolId, Collection<Role> roles);

	/**
	 * Staff of a school who sign records (by their roles) but hold no certificate usable at that instant, by
	 * name. A school issue certificate is the school's, not a person's, and is not counted here.
	 */
	@Query("""
			select distinct new vn.edu.hocbaso.signing.StaffWithoutCertificate(s.id, s.fullName, r.role,
				s.personalId)
			from StaffRole r join r.staff s
			where r.school.id = :schoolId and r.role in :roles
			  and not exists (
			    select c.id from SigningCertificate c
			    where c.staffId = s.id and c.status = vn.edu.hocbaso.signing.SigningCertificate.Status.VALID
			      and c.notBefore <= :at and c.notAfter > :at)
			order by s.fullName""")
	List<StaffWithoutCertificate> findStaffWithoutCertificate(long schoolId, Collection<Role> roles, Instant at);

}
