package vn.edu.hocbaso.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.edu.hocbaso.signing.CertificatePages.Standing;

/**
 * How the certificates page names a certificate's standing: valid, expiring within 30 days, expired, revoked,
 * and for a school's issue certificate awaiting or refused by the department.
 */
class CertificateStandingTests {

	private final TestPki pki = new TestPki(KeyType.EC_P256);

	private final Instant now = pki.now;

	@Test
	void namesValidExpiringAndExpiredByTheDaysLeft() {

		assertThat(standing(teacher(Duration.ofDays(200)))).isEqualTo(Standing.VALID);
		assertThat(standing(teacher(Duration.ofDays(10)))).isEqualTo(Standing.EXPIRING);
		assertThat(standing(teacher(Duration.ofDays(-1)))).isEqualTo(Standing.EXPIRED);
	}

	@Test
	void revocationAndTheDepartmentsDecisionComeFirst() {

		SigningCertificate revoked = teacher(Duration.ofDays(200));
		revoked.revoke(now, RevocationReason.SUPERSEDED);
		SigningCertificate school = new SigningCertificate(CertificateRole.SCHOOL_ISSUE, null, 1L,
				pki.school().certificate(), SigningCertificate.Origin.ISSUED);

		assertThat(standing(revoked)).isEqualTo(Standing.REVOKED);
		assertThat(standing(school)).isEqualTo(Standing.REQUESTED);
		school.refuse("Sai tên trường");
		assertThat(standing(school)).isEqualTo(Standing.REFUSED);
		assertThat(school.activeAt(now)).isFalse();
	}

	private SigningCertificate teacher(Duration left) {
		TestPki.Signer signer = pki.signer(pki.teacher().holder(), now.minus(Duration.ofDays(400)), now.plus(left));
		return new SigningCertificate(CertificateRole.TEACHER, 7L, 1L, signer.certificate(),
				SigningCertificate.Origin.ISSUED);
	}

	private Standing standing(SigningCertificate certificate) {
		return CertificatePages.standing(certificate, now);
	}

}
