package vn.edu.hocbaso.record;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One changed field of a record: who, when, which field, the old and the new value. Rows are only added.
 */
@Entity
@Table(name = "record_audit")
public class RecordAudit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long recordId;

	private long staffId;

	private Instant changedAt;

	private String field;

	private String oldValue;

	private String newValue;

	protected RecordAudit() {
	}

	RecordAudit(long recordId, long staffId, Instant changedAt, YearRecord.Change change) {
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

	public long getStaffId() {
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
