package vn.edu.hocbaso.schoolyear;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One entry of the deadlines' audit log: a calendar edit, an extension, a class recorded as late, or the
 * recalculation of the timers that followed. Rows are only added.
 */
@Entity
@Table(name = "deadline_audit")
public class DeadlineAudit {

	/** What an entry records. */
	public enum Change {
		CALENDAR, EXTENSION_MAIN, EXTENSION_SUPPLEMENTARY, LATE_CLASS, TIMERS_RECALCULATED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long schoolYearId;

	private Long schoolId;

	private String change;

	private String oldValue;

	private String newValue;

	private String reason;

	private Long changedBy;

	private Instant changedAt;

	protected DeadlineAudit() {
	}

	DeadlineAudit(long schoolYearId, Long schoolId, Change change, String oldValue, String newValue, String reason,
			Long changedBy, Instant changedAt) {
		this.schoolYearId = schoolYearId;
		this.schoolId = schoolId;
		this.change = change.name();
		this.oldValue = oldValue;
		this.newValue = newValue;
		this.reason = reason;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	public Long getId() {
		return id;
	}

	public long getSchoolYearId() {
		return schoolYearId;
	}

	public Long getSchoolId() {
		return schoolId;
	}

	public String getChange() {
		return change;
	}

	public String getOldValue() {
		return oldValue;
	}

	public String getNewValue() {
		return newValue;
	}

	public String getReason() {
		return reason;
	}

	public Long getChangedBy() {
		return changedBy;
	}

	public Instant getChangedAt() {
		return changedAt;
	}

}
