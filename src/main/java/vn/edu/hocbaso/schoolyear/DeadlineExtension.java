package vn.edu.hocbaso.schoolyear;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A school's extension of one close-off (gia hạn): until when, why, who granted it and when.
 */
@Entity
@Table(name = "deadline_extension")
public class DeadlineExtension {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long schoolYearId;

	private long schoolId;

	@Enumerated(EnumType.STRING)
	private CloseOff closeOff;

	private Instant extendedUntil;

	private String reason;

	private Long grantedBy;

	private Instant grantedAt;

	protected DeadlineExtension() {
	}

	DeadlineExtension(long schoolYearId, long schoolId, CloseOff closeOff) {
		this.schoolYearId = schoolYearId;
		this.schoolId = schoolId;
		this.closeOff = closeOff;
	}

	void grant(Instant until, String reason, Long staffId, Instant now) {
		this.extendedUntil = until;
		this.reason = reason;
		this.grantedBy = staffId;
		this.grantedAt = now;
	}

	/** Whether granting this again would change nothing: same date, same reason. */
	boolean isAlready(Instant until, String reason) {
		return until.equals(extendedUntil) && reason != null && reason.strip().equals(this.reason);
	}

	/** Whether the extension still counts: only while it is later than the calendar's date of its close-off. */
	public boolean isInForce(CalendarSettings calendar) {
		return extendedUntil.isAfter(calendar.closeOff(closeOff));
	}

	public Long getId() {
		return id;
	}

	public long getSchoolYearId() {
		return schoolYearId;
	}

	public long getSchoolId() {
		return schoolId;
	}

	public CloseOff getCloseOff() {
		return closeOff;
	}

	public Instant getExtendedUntil() {
		return extendedUntil;
	}

	public String getReason() {
		return reason;
	}

	public Long getGrantedBy() {
		return grantedBy;
	}

	public Instant getGrantedAt() {
		return grantedAt;
	}

}
