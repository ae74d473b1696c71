package vn.edu.hocbaso.record;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One approval of a record: the homeroom teacher's, the principal's or the school's issue signature. It keeps the
 * record's national XML as that signature left it, byte for byte, with its SHA-256, the certificate that signed and
 * the version of the record the XML was made from. A return, a rejection or an edit voids it, and so its signature.
 */
@Entity
@Table(name = "record_approval")
public class RecordApproval {

	public enum Step {
		TEACHER, PRINCIPAL, ISSUE
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long recordId;

	@Enumerated(EnumType.STRING)
	private Step step;

	private long staffId;

	private Instant approvedAt;

	private Instant voidedAt;

	private String voidReason;

	private byte[] signedXml;

	@Column(name = "xml_sha256", length = 64)
	@JdbcTypeCode(SqlTypes.CHAR)
	private String xmlSha256;

	private Long certificateId;

	private Long signedVersion;

	protected RecordApproval() {
	}

	RecordApproval(long recordId, Step step, long staffId, Instant approvedAt, Signature signature) {
		this.recordId = recordId;
		this.step = step;
		this.staffId = staffId;
		this.approvedAt = approvedAt;
		this.signedXml = signature.xml().clone();
		this.xmlSha256 = signature.sha256();
		this.certificateId = signature.certificateId();
		this.signedVersion = signature.version();
	}

	/** What a signature adds to an approval: the signed XML, its SHA-256, the certificate, the version signed. */
	record Signature(byte[] xml, String sha256, long certificateId, long version) {
	}

	public Long getId() {
		return id;
	}

	public long getRecordId() {
		return recordId;
	}

	public Step getStep() {
		return step;
	}

	public long getStaffId() {
		return staffId;
	}

	public Instant getApprovedAt() {
		return approvedAt;
	}

	public Instant getVoidedAt() {
		return voidedAt;
	}

	public String getVoidReason() {
		return voidReason;
	}

	/** A return, a rejection or an edit voids the approval and its signature; the XML stays for the history. */
	void voidFor(Instant at, String reason) {
		this.voidedAt = at;
		this.voidReason = reason;
	}

	public boolean isVoided() {
		return voidedAt != null;
	}

	/** The record's XML as this signature left it; {@code null} for an approval made before signatures. */
	public byte[] getSignedXml() {
		return signedXml == null ? null : signedXml.clone();
	}

	public String getXmlSha256() {
		return xmlSha256;
	}

	public Long getCertificateId() {
		return certificateId;
	}

	public Long getSignedVersion() {
		return signedVersion;
	}

	public boolean isSigned() {
		return signedXml != null;
	}

}
