package vn.edu.hocbaso.signing;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A signing batch as it stands: who signs for which role with which certificate, and whether it runs, waits for
 * an external signer, is done or was interrupted. Its records are {@link SigningBatchItem}s.
 */
@Entity
@Table(name = "signing_batch")
class SigningBatch {

	@Id
	private UUID id;

	private long staffId;

	@Enumerated(EnumType.STRING)
	private CertificateRole role;

	private long certificateId;

	private boolean external;

	@Enumerated(EnumType.STRING)
	private BatchProgress.State state;

	private Instant startedAt;

	private Instant finishedAt;

	protected SigningBatch() {
	}

	SigningBatch(long staffId, CertificateRole role, long certificateId, boolean external, Instant now) {
		this.id = UUID.randomUUID();
		this.staffId = staffId;
		this.role = role;
		this.certificateId = certificateId;
		this.external = external;
		this.state = BatchProgress.State.RUNNING;
		this.startedAt = now;
	}

	/** Every record is signed or skipped, or waits for the external signer's value. */
	void endRun(boolean waiting, Instant now) {
		if (waiting) {
			this.state = BatchProgress.State.WAITING_FOR_SIGNER;
		}
		else {
			finish(now);
		}
	}

	/** Stopped before the end: the records not reached stay as they were. */
	void interrupt(Instant now) {
		this.state = BatchProgress.State.INTERRUPTED;
		this.finishedAt = now;
	}

	void finish(Instant now) {
		this.state = BatchProgress.State.DONE;
		this.finishedAt = now;
	}

	UUID getId() {
		return id;
	}

	long getStaffId() {
		return staffId;
	}

	CertificateRole getRole() {
		return role;
	}

	long getCertificateId() {
		return certificateId;
	}

	boolean isExternal() {
		return external;
	}

	BatchProgress.State getState() {
		return state;
	}

	Instant getStartedAt() {
		return startedAt;
	}

	Instant getFinishedAt() {
		return finishedAt;
	}

}
