package vn.edu.hocbaso.record;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One changed field of a record: who, when, which field, the old and the new value. Rows are only added. A change
 * of state is the field {@code state}.
 */
@Entity
@Table(name = "record_audit")
public class RecordAudit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long recordId;

	/** Who changed it; {@code null} for the system, such as the lock at a close-off. */
	private Long staffId;

	private Instant changedAt;

	private String field;

	private String oldValue;

	private String newValue;

	protected RecordAudit() {
	}

	RecordAudit(long recordId, Long staffId, Instant changedAt, YearRecord.Change change) {
		this.recordId = recordId;
		this.staffId = staffId;
		this.changedAt = changedAt;
		this.field = change.field();
		this.oldValue = change.oldValue();
		this.newValue = change.newValue();
	}

	public Long getId() {
		return id;
	}

	public long getRecordId() {
		return recordId;
	}

	public Long getStaffId() {
		return staffId;
	}

	public Instant getChangedAt() {
		return changedAt;
	}

	public String getField() {
		return field;
	}

	public String getOldValue() {
		return oldValue;
	}

	public String getNewValue() {
		return newValue;
	}

}
