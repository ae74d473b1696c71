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
 * One approval of a record: the homeroom teacher's, the principal's or the clerk's issue. Until the signing module
 * exists an approval stands for the signature: who and when. A return, a rejection or an edit voids it.
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

	protected RecordApproval() {
	}

	RecordApproval(long recordId, Step step, long staffId, Instant approvedAt) {
		this.recordId = recordId;
		this.step = step;
		this.staffId = staffId;
		this.approvedAt = approvedAt;
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

	public boolean isVoided() {
		return voidedAt != null;
	}

}
