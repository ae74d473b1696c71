package vn.edu.hocbaso.browser;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.edu.hocbaso.organisation.PupilIdentity;
import vn.edu.hocbaso.organisation.Registration;
import vn.edu.hocbaso.organisation.Sex;

/**
 * The form that enrols a pupil in a class, with the fields of the record's identity page. A mutable bean rather
 * than a record, so that the form comes back with what was typed, even a date that could not be read.
 */
class EnrolmentForm {

	@NotBlank(message = "{personName.invalid.blank}")
	private String fullName;

	@NotNull(message = "{enrol.sex.blank}")
	private Sex sex;

	@NotNull(message = "{enrol.birthDate.blank}")
	@PastOrPresent(message = "{enrol.birthDate.future}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate birthDate;

	@NotBlank(message = "{personalId.invalid.format}")
	private String personalId;

	@Size(max = 20, message = "{enrol.ministryCode.format}")
	private String ministryCode;

	@NotBlank(message = "{enrol.ethnicity.invalid}")
	@Size(max = 50, message = "{enrol.ethnicity.invalid}")
	private String ethnicity = "Kinh";

	@NotBlank(message = "{enrol.nationality.invalid}")
	@Size(max = 50, message = "{enrol.nationality.invalid}")
	private String nationality = "Việt Nam";

	@NotBlank(message = "{enrol.placeOfBirth.invalid}")
	@Size(max = 200, message = "{enrol.placeOfBirth.invalid}")
	private String placeOfBirth;

	@NotBlank(message = "{enrol.homeTown.invalid}")
	@Size(max = 200, message = "{enrol.homeTown.invalid}")
	private String homeTown;

	@NotBlank(message = "{enrol.residence.invalid}")
	@Size(max = 300, message = "{enrol.residence.invalid}")
	private String residence;

	private String fatherName;

	private String motherName;

	private String guardianName;

	@NotBlank(message = "{enrol.registrationNumber.blank}")
	@Size(max = 20, message = "{enrol.registrationNumber.blank}")
	private String registrationNumber;

	@NotNull(message = "{enrol.enrolledOn.blank}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate enrolledOn;

	Registration toRegistration(Long classId) {
		PupilIdentity identity = new PupilIdentity(personalId, ministryCode, fullName, sex, birthDate, ethnicity,
				nationality, placeOfBirth, homeTown, residence);
		return new Registration(classId, identity, fatherName, motherName, guardianName, registrationNumber,
				enrolledOn);
	}

	public String getFullName() {
		return fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public Sex getSex() {
		return sex;
	}

	public void setSex(Sex sex) {
		this.sex = sex;
	}

	public LocalDate getBirthDate() {
		return birthDate;
	}

	public void setBirthDate(LocalDate birthDate) {
		this.birthDate = birthDate;
	}

	public String getPersonalId() {
		return personalId;
	}

	public void setPersonalId(String personalId) {
		this.personalId = personalId;
	}

	public String getMinistryCode() {
		return ministryCode;
	}

	public void setMinistryCode(String ministryCode) {
		this.ministryCode = ministryCode;
	}

	public String getEthnicity() {
		return ethnicity;
	}

	public void setEthnicity(String ethnicity) {
		this.ethnicity = ethnicity;
	}

	public String getNationality() {
		return nationality;
	}

	public void setNationality(String nationality) {
		this.nationality = nationality;
	}

	public String getPlaceOfBirth() {
		return placeOfBirth;
	}

	public void setPlaceOfBirth(String placeOfBirth) {
		this.placeOfBirth = placeOfBirth;
	}

	public String getHomeTown() {
		return homeTown;
	}

	public void setHomeTown(String homeTown) {
		this.homeTown = homeTown;
	}

	public String getResidence() {
		return residence;
	}

	public void setResidence(String residence) {
		this.residence = residence;
	}

	public String getFatherName() {
		return fatherName;
	}

	public void setFatherName(String fatherName) {
		this.fatherName = fatherName;
	}

	public String getMotherName() {
		return motherName;
	}

	public void setMotherName(String motherName) {
		this.motherName = motherName;
	}

	public String getGuardianName() {
		return guardianName;
	}

	public void setGuardianName(String guardianName) {
		this.guardianName = guardianName;
	}

	public String getRegistrationNumber() {
		return registrationNumber;
	}

	public void setRegistrationNumber(String registrationNumber) {
		this.registrationNumber = registrationNumber;
	}

	public LocalDate getEnrolledOn() {
		return enrolledOn;
	}

	public void setEnrolledOn(LocalDate enrolledOn) {
		this.enrolledOn = enrolledOn;
	}

}
