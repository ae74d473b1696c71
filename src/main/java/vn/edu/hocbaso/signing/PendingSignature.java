package vn.edu.hocbaso.signing;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A signature prepared for an external signer, waiting for its value until it expires.
 */
@Entity
@Table(name = "signing_pending")
class PendingSignature {

	@Id
	private UUID id;

	private Long certificateId;

	@Enumerated(EnumType.STRING)
	private CertificateRole role;

	private byte[] document;

	private byte[] digest;

	private Instant createdAt;

	private Instant expiresAt;

	protected PendingSignature() {
	}

	PendingSignature(long certificateId, CertificateRole role, ExternalSignatures.Prepared prepared, Instant now,
			Instant expiresAt) {
		this.id = UUID.randomUUID();
		this.certificateId = certificateId;
		this.role = role;
		this.document = prepared.document();
		this.digest = prepared.digest();
		this.createdAt = now;
		this.expiresAt = expiresAt;
	}

	UUID getId() {
		return id;
	}

	Long getCertificateId() {
		return certificateId;
	}

	CertificateRole getRole() {
		return role;
	}

	byte[] getDocument() {
		return document;
	}

	byte[] getDigest() {
		return digest;
	}

	Instant getExpiresAt() {
		return expiresAt;
	}

}
