package vn.edu.hocbaso.organisation;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A pupil's stay in a class: one row of the study history (quá trình học tập). A transfer ends this stay and
 * starts another at the new school.
 */
@Entity
public class Enrolment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "pupil_id")
	private Pupil pupil;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "class_id")
	private SchoolClass schoolClass;

	private String registrationNumber;

	private LocalDate enrolledOn;

	private LocalDate leftOn;

	protected Enrolment() {
	}

	public Enrolment(Pupil pupil, SchoolClass schoolClass, String registrationNumber, LocalDate enrolledOn) {
		this.pupil = pupil;
		this.schoolClass = schoolClass;
		this.registrationNumber = registrationNumber;
		this.enrolledOn = enrolledOn;
	}

	/** Ends the stay, on transfer to another school or at the end of the year. */
	public void leave(LocalDate date) {
		if (leftOn != null) {
			throw new IllegalStateException("Enrolment " + id + " already ended on " + leftOn);
		}
		this.leftOn = date;
	}

	public boolean isCurrent() {
		return leftOn == null;
	}

	public Long getId() {
		return id;
	}

	public Pupil getPupil() {
		return pupil;
	}

	public SchoolClass getSchoolClass() {
		return schoolClass;
	}

	public String getRegistrationNumber() {
		return registrationNumber;
	}

	public LocalDate getEnrolledOn() {
		return enrolledOn;
	}

	public LocalDate getLeftOn() {
		return leftOn;
	}

}
