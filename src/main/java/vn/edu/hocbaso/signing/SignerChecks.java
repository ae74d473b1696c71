package vn.edu.hocbaso.signing;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.stereotype.Component;
import org.w3c.dom.Document;

import vn.edu.hocbaso.organisation.Staff;
import vn.edu.hocbaso.organisation.StaffRepository;

/**
 * The checks both signers make before a signature: the certificate is of the requested role and holder, usable
 * now (valid, not revoked, a school's approved), and the record's rules allow it ({@link SigningRules}).
 */
@Component
class SignerChecks {

	private final CertificateAuthority authority;

	private final StaffRepository staff;

	private final Clock clock;

	SignerChecks(CertificateAuthority authority, StaffRepository staff, Clock clock) {
		this.authority = authority;
		this.staff = staff;
		this.clock = clock;
	}

	/** The certificate, the parsed record and the signing time and personal ID of a signature that may be made. */
	record Checked(SigningCertificate registered, X509Certificate certificate, Document document,
			OffsetDateTime signingTime, String personalId) {
	}

	Checked check(SignatureRequest request) {

		SigningCertificate registered = authority.find(request.certificateId());
		OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.ofHours(7));
		checkHolder(request, registered);
		checkTrusted(registered, now.toInstant());

		String personalId = null;
		if (request.role().personal()) {
			personalId = staff.findById(registered.getStaffId()).map(Staff::getPersonalId).orElse(null);
		}
		Document document = RecordXml.parse(request.xml());
		X509Certificate certificate = registered.certificate();
		SigningRules.check(document, request.role(), certificate, registered.getRevokedAt(), personalId, now);

		return new Checked(registered, certificate, document, now, personalId);
	}

	/**
	 * A registered certificate that may sign now, checked before a key is unlocked (so that a revoked one is
	 * refused as revoked, not for its password) and again when an external signature comes back.
	 */
	SigningCertificate registered(long certificateId) {

		SigningCertificate registered = authority.find(certificateId);
		Instant now = clock.instant();
		if (registered.getStatus() == SigningCertificate.Status.REVOKED) {
			throw new SignatureRefused("signing.refused.revoked", registered.getSubject());
		}
		if (now.isBefore(registered.getNotBefore()) || !now.isBefore(registered.getNotAfter())) {
			throw new SignatureRefused("signing.refused.expired", registered.getSubject());
		}
		if (!registered.usableAt(now)) {
			throw new SignatureRefused("signing.refused.notApproved", registered.getSubject());
		}
		checkTrusted(registered, now);

		return registered;
	}

	/** A certificate that does not chain to a trusted root would make a signature every verifier rejects. */
	private void checkTrusted(SigningCertificate registered, Instant at) {
		if (!authority.trusted(registered.certificate(), at)) {
			throw new SignatureRefused("signing.refused.untrusted", registered.getSubject());
		}
	}

	private static void checkHolder(SignatureRequest request, SigningCertificate registered) {

		if (registered.getRole() != request.role()) {
			throw new SignatureRefused("signing.refused.wrongRole", request.role().block());
		}
		Long holder = request.role().personal() ? registered.getStaffId() : registered.getSchoolId();
		if (holder == null || holder != request.expectedHolderId()) {
			throw new SignatureRefused(request.role().personal() ? "signing.refused.otherPerson"
					: "signing.refused.otherSchool", registered.getSubject(), request.role().block());
		}
		if (request.role() == CertificateRole.SCHOOL_ISSUE
				&& registered.getRegistration() != SigningCertificate.Registration.APPROVED) {
			throw new SignatureRefused("signing.refused.notApproved", registered.getSubject());
		}
	}

}
