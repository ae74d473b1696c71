package vn.edu.hocbaso.signing;

import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ResponseStatus;

import vn.edu.hocbaso.organisation.Role;
import vn.edu.hocbaso.organisation.School;
import vn.edu.hocbaso.organisation.SchoolRepository;
import vn.edu.hocbaso.security.AccessScopes;
import vn.edu.hocbaso.security.CurrentUser;

/**
 * Who may do what on the certificates pages: the school board and the clerk for their school, the department
 * (officers and administrators) for all its schools, and a holder for her own certificates. Anything else is
 * answered 403, whether or not the certificate exists.
 */
@Component
class CertificateAccess {

	private final AccessScopes scopes;

	private final SchoolRepository schools;

	CertificateAccess(AccessScopes scopes, SchoolRepository schools) {
		this.scopes = scopes;
		this.schools = schools;
	}

	CurrentUser user() {
		return scopes.currentUser();
	}

	boolean department() {
		return user().getScope().isDepartmentWide();
	}

	/** The schools whose certificates the user looks after; 403 for teachers and anyone without a school. */
	Set<Long> schoolIds() {

		CurrentUser user = user();
		Set<Long> ids = department() ? departmentSchools() : user.getScope().schoolIds();
		if (ids.isEmpty()) {
			throw new NotYours();
		}

		return ids;
	}

	/** The department's officers and administrators only. */
	Set<Long> departmentSchoolIds() {
		if (!department()) {
			throw new NotYours();
		}
		return departmentSchools();
	}

	void checkSchool(long schoolId) {
		if (!schoolIds().contains(schoolId)) {
			throw new NotYours();
		}
	}

	/** The clerk (văn thư) holds the school's issue certificate, so she alone requests it. */
	void checkClerkOf(long schoolId) {
		if (!user().hasRole(Role.SCHOOL_CLERK) || !user().getScope().schoolIds().contains(schoolId)) {
			throw new NotYours();
		}
	}

	/** Whether the user may see a certificate: its holder, its school's board and clerk, the department. */
	boolean maySee(SigningCertificate certificate) {
		return isHolder(certificate) || mayManage(certificate);
	}

	boolean isHolder(SigningCertificate certificate) {
		return certificate.getStaffId() != null && certificate.getStaffId().equals(user().getStaffId());
	}

	/** The department revokes any certificate; a school revokes its staff's personal ones. */
	boolean mayRevoke(SigningCertificate certificate) {
		return department() ? departmentSchools().contains(certificate.getSchoolId())
				: certificate.getRole().personal() && mayManage(certificate);
	}

	private boolean mayManage(SigningCertificate certificate) {
		Set<Long> ids = department() ? departmentSchools() : user().getScope().schoolIds();
		return ids.contains(certificate.getSchoolId());
	}

	private Set<Long> departmentSchools() {
		List<School> found = schools.findByDepartment(user().getScope().departmentId());
		return Set.copyOf(found.stream().map(School::getId).toList());
	}

	@ResponseStatus(HttpStatus.FORBIDDEN)
	static class NotYours extends RuntimeException {

		private static final long serialVersionUID = 1L;

		NotYours() {
			super("The certificate or school is outside the user's scope");
		}

	}

}
