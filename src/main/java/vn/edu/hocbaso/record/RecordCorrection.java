package vn.edu.hocbaso.record;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A school's request to withdraw, replace or revoke a record, and what became of it. A revocation waits for the
 * department's decision, which is kept here rather than on the locked record: the locked row may change only
 * its state.
 */
@Entity
@Table(name = "record_correction")
public class RecordCorrection {

	/** What the school asks for: before the lock withdraw or replace, after it revoke. */
	public enum Kind {
		WITHDRAW, REPLACE, REVOKE
	}

	public enum Status {
		REQUESTED, DONE, REFUSED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long recordId;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	@Enumerated(EnumType.STRING)
	private Status status;

	private String reason;

	private long requestedBy;

	private Instant requestedAt;

	private Long decidedBy;

	private Instant decidedAt;

	private String decisionReason;

	private Long replacementId;

	protected RecordCorrection() {
	}

	RecordCorrection(long recordId, Kind kind, String reason, long requestedBy, Instant requestedAt) {
		this.recordId = recordId;
		this.kind = kind;
		this.status = Status.REQUESTED;
		this.reason = reason;
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
	}

	void replacedBy(long replacementId) {
		this.replacementId = replacementId;
	}

	/** Done: by the school itself (withdrawal, replacement), or by the department's approval of a revocation. */
	void done(Long staffId, Instant at, String decisionReason) {
		this.status = Status.DONE;
		this.decidedBy = staffId;
		this.decidedAt = at;
		this.decisionReason = decisionReason;
	}

	void refuse(long staffId, Instant at, String decisionReason) {
		this.status = Status.REFUSED;
		this.decidedBy = staffId;
		this.decidedAt = at;
		this.decisionReason = decisionReason;
	}

	/**
	 * Ended without the department deciding: the registry refused the revocation request, or the record a
	 * replacement was for was locked at close-off. Nobody at the department decided, so no one is named.
	 */
	void stop(Instant at, String why) {
		this.status = Status.REFUSED;
		this.decidedAt = at;
		this.decisionReason = why;
	}

	public Long getId() {
		return id;
	}

	public long getRecordId() {
		return recordId;
	}

	public Kind getKind() {
		return kind;
	}

	public Status getStatus() {
		return status;
	}

	public String getReason() {
		return reason;
	}

	public long getRequestedBy() {
		return requestedBy;
	}

	public Instant getRequestedAt() {
		return requestedAt;
	}

	public Long getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public String getDecisionReason() {
		return decisionReason;
	}

	public Long getReplacementId() {
		return replacementId;
	}

}
