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
 * A class the department recorded as late at a close-off (instead of extending its school's deadline).
 */
@Entity
@Table(name = "late_class")
public class LateClass {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long schoolYearId;

	private long schoolId;

	private long classId;

	@Enumerated(EnumType.STRING)
	private CloseOff closeOff;

	private String note;

	private Long recordedBy;

	private Instant recordedAt;

	protected LateClass() {
	}

	LateClass(long schoolYearId, long schoolId, long classId, CloseOff closeOff, String note, Long recordedBy,
			Instant recordedAt) {
		this.schoolYearId = schoolYearId;
		this.schoolId = schoolId;
		this.classId = classId;
		this.closeOff = closeOff;
		this.note = note;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public long getSchoolYearId() {
		return schoolYearId;
	}

	public long getSchoolId() {
		return schoolId;
	}

	public long getClassId() {
		return classId;
	}

	public CloseOff getCloseOff() {
		return closeOff;
	}

	public String getNote() {
		return note;
	}

	public Long getRecordedBy() {
		return recordedBy;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

}
