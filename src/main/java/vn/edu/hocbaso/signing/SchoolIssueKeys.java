package vn.edu.hocbaso.signing;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.edu.hocbaso.organisation.Role;
import vn.edu.hocbaso.organisation.Staff;
import vn.edu.hocbaso.organisation.StaffRepository;

/**
 * Unlocks the school's issue key (SCHOOL_ISSUE) for its holder, the clerk (văn thư), with her password: for
 * sealing a transaction to the registry at the moment she acts (a withdrawal, a revocation request), outside any
 * process. Refusals are those of signing ({@link SignatureRefused}): not the school's clerk, no usable issue
 * certificate, its key not kept here, a wrong password. The password array is cleared; the key is for the
 * caller's memory only.
 */
@Service
@Transactional(readOnly = true)
public class SchoolIssueKeys {

	private final StaffRepository staff;

	private final SigningCertificateRepository certificates;

	private final SigningKeystoreRepository keystores;

	private final CertificateAuthority authority;

	private final Clock clock;

	SchoolIssueKeys(StaffRepository staff, SigningCertificateRepository certificates,
			SigningKeystoreRepository keystores, CertificateAuthority authority, Clock clock) {
		this.staff = staff;
		this.certificates = certificates;
		this.keystores = keystores;
		this.authority = authority;
		this.clock = clock;
	}

	/** The school's issue key, unlocked. */
	public record UnlockedIssueKey(long schoolId, long certificateId, PrivateKey key, X509Certificate certificate) {

		@Override
		public String toString() {
			return "UnlockedIssueKey[school=" + schoolId + ", certificate=" + certificateId + ", key=(hidden)]";
		}

	}

	/** The issue key of the clerk's school, unlocked with her password. */
	public UnlockedIssueKey unlock(long staffId, char[] password) {
		try {
			Staff clerk = staff.findWithRolesById(staffId)
				.orElseThrow(() -> new SignatureRefused("signing.batch.noCertificate",
						CertificateRole.SCHOOL_ISSUE.block()));
			long schoolId = clerkSchool(clerk);
			SigningCertificate certificate = usableCertificate(schoolId);
			if (!keystores.existsById(certificate.getId())) {
				throw new SignatureRefused("signing.refused.noKeyOnServer");
			}
			if (password == null || password.length == 0) {
				throw new SignatureRefused("signing.refused.wrongPassword");
			}
			Pkcs12.Unlocked unlocked = authority.unlock(certificate.getId(), password);
			return new UnlockedIssueKey(schoolId, certificate.getId(), unlocked.key(), unlocked.certificate());
		}
		finally {
			if (password != null) {
				Arrays.fill(password, '\0');
			}
		}
	}

	private SigningCertificate usableCertificate(long schoolId) {
		Instant now = clock.instant();
		return certificates.findBySchoolIdAndRole(schoolId, CertificateRole.SCHOOL_ISSUE)
			.stream()
			.filter(certificate -> certificate.usableAt(now))
			.max(Comparator.comparing(SigningCertificate::getId))
			.orElseThrow(() -> new SignatureRefused("signing.batch.noCertificate",
					CertificateRole.SCHOOL_ISSUE.block()));
	}

	/** Only a clerk holds the school's issue key. */
	private static long clerkSchool(Staff clerk) {
		return clerk.getRoles()
			.stream()
			.filter(role -> role.getRole() == Role.SCHOOL_CLERK)
			.map(role -> role.getSchool() != null ? role.getSchool() : clerk.getSchool())
			.filter(Objects::nonNull)
			.map(school -> school.getId())
			.findFirst()
			.orElseThrow(() -> new SignatureRefused("signing.refused.notASigner", clerk.getFullName(),
					CertificateRole.SCHOOL_ISSUE.block()));
	}

}
