package vn.edu.hocbaso.signing;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A certificate that may sign records (chứng thư số), issued by the built-in authority or imported (public
 * part only), with its holder, its status and, for a school's issue certificate, the department's approval.
 */
@Entity
@Table(name = "signing_certificate")
public class SigningCertificate {

	/** Whether the department has approved a school's issue certificate (đăng ký chứng thư số). */
	public enum Registration {
		REQUESTED, APPROVED, REFUSED
	}

	public enum Status {
		VALID, REVOKED
	}

	public enum Origin {
		ISSUED, IMPORTED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private CertificateRole role;

	private Long staffId;

	private Long schoolId;

	private String serialNumber;

	private String subject;

	private String issuer;

	private Instant notBefore;

	private Instant notAfter;

	@Enumerated(EnumType.STRING)
	private Status status;

	private Instant revokedAt;

	private String revocationReason;

	@Enumerated(EnumType.STRING)
	private Registration registration;

	private String refusalReason;

	@Enumerated(EnumType.STRING)
	private Origin origin;

	private byte[] der;

	protected SigningCertificate() {
	}

	SigningCertificate(CertificateRole role, Long staffId, long schoolId, X509Certificate certificate,
			Origin origin) {
		this.role = role;
		this.staffId = staffId;
		this.schoolId = schoolId;
		this.serialNumber = certificate.getSerialNumber().toString(16);
		this.subject = XmlSignatures.subjectName(certificate);
		this.issuer = certificate.getIssuerX500Principal().getName();
		this.notBefore = certificate.getNotBefore().toInstant();
		this.notAfter = certificate.getNotAfter().toInstant();
		this.status = Status.VALID;
		this.registration = role == CertificateRole.SCHOOL_ISSUE ? Registration.REQUESTED : null;
		this.origin = origin;
		this.der = encoded(certificate);
	}

	void revoke(Instant at, RevocationReason reason) {
		if (status == Status.REVOKED) {
			throw new SignatureRefused("signing.refused.alreadyRevoked", subject);
		}
		this.status = Status.REVOKED;
		this.revokedAt = at;
		this.revocationReason = reason.name();
	}

	void approve() {
		decide(Registration.APPROVED);
	}

	void refuse(String reason) {
		decide(Registration.REFUSED);
		this.refusalReason = reason;
	}

	private void decide(Registration decision) {
		if (registration != Registration.REQUESTED) {
			throw new SignatureRefused("certificates.refused.notRequested", subject);
		}
		this.registration = decision;
	}

	/** Whether it counts as the holder's certificate for its role: not revoked, not expired, not refused. */
	boolean activeAt(Instant at) {
		return status == Status.VALID && at.isBefore(notAfter) && registration != Registration.REFUSED;
	}

	/** Whether it may sign at that instant: within its validity, not revoked, and approved if a school's. */
	public boolean usableAt(Instant at) {
		return status == Status.VALID && !at.isBefore(notBefore) && at.isBefore(notAfter)
				&& (role != CertificateRole.SCHOOL_ISSUE || registration == Registration.APPROVED);
	}

	/** The certificate as DER, as it was issued or imported. */
	byte[] encoded() {
		return der.clone();
	}

	public X509Certificate certificate() {
		try {
			return (X509Certificate) CertificateFactory.getInstance("X.509")
				.generateCertificate(new ByteArrayInputStream(der));
		}
		catch (CertificateException ex) {
			throw new IllegalStateException("Stored certificate " + id + " cannot be read", ex);
		}
	}

	private static byte[] encoded(X509Certificate certificate) {
		try {
			return certificate.getEncoded();
		}
		catch (java.security.cert.CertificateEncodingException ex) {
			throw new IllegalArgumentException("Certificate cannot be encoded", ex);
		}
	}

	public Long getId() {
		return id;
	}

	public CertificateRole getRole() {
		return role;
	}

	public Long getStaffId() {
		return staffId;
	}

	public Long getSchoolId() {
		return schoolId;
	}

	public String getSerialNumber() {
		return serialNumber;
	}

	/**
	 * The subject as a person reads it (name, organisation, personal ID, school code, decoded; see
	 * {@link #readableSubject()}), for pages and messages; the stored RFC 2253 form is {@link #subjectName()}.
	 */
	public String getSubject() {
		return readableSubject();
	}

	/** The subject decoded for people: "CN – O – CCCD personal ID – MA_TRUONG school code". */
	public String readableSubject() {
		return CertificateFacts.of(certificate()).readable();
	}

	/** The subject in RFC 2253 with keywords OpenSSL reads, as stored and written into X509SubjectName. */
	String subjectName() {
		return subject;
	}

	public Instant getNotBefore() {
		return notBefore;
	}

	public String getIssuer() {
		return issuer;
	}

	public String getRefusalReason() {
		return refusalReason;
	}

	public Instant getNotAfter() {
		return notAfter;
	}

	public Status getStatus() {
		return status;
	}

	public Instant getRevokedAt() {
		return revokedAt;
	}

	public Registration getRegistration() {
		return registration;
	}

	String revocationReasonName() {
		return revocationReason;
	}

	public Origin getOrigin() {
		return origin;
	}

}
