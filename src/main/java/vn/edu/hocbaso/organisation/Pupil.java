package vn.edu.hocbaso.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

/**
 * A pupil (học sinh) with the identity fields of the record's identity page, filled from the birth
 * certificate. One pupil keeps one identity across schools; the study history is the list of enrolments.
 */
@Entity
public class Pupil {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String personalId;

	private String ministryCode;

	private String fullName;

	private String searchName;

	@Enumerated(EnumType.STRING)
	private Sex sex;

	private LocalDate birthDate;

	private String ethnicity;

	private String nationality;

	private String placeOfBirth;

	private String homeTown;

	private String residence;

	@OneToMany(mappedBy = "pupil", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("relation")
	private List<Guardian> guardians = new ArrayList<>();

	protected Pupil() {
	}

	public Pupil(PupilIdentity identity) {

		PersonalId checkedId = new PersonalId(identity.personalId());
		checkedId.checkMatches(identity.sex(), identity.birthDate());
		PersonName name = new PersonName(identity.fullName());
		PupilIdentity text = identity.normalised();

		this.personalId = checkedId.value();
		this.ministryCode = text.ministryCode() == null ? unassignedCode() : text.ministryCode();
		this.fullName = name.value();
		this.searchName = name.searchKey();
		this.sex = identity.sex();
		this.birthDate = identity.birthDate();
		this.ethnicity = text.ethnicity();
		this.nationality = text.nationality();
		this.placeOfBirth = text.placeOfBirth();
		this.homeTown = text.homeTown();
		this.residence = text.residence();
	}

	/**
	 * A unique stand-in until {@link #assignMinistryCode(String)}: the column is not null and the code is built
	 * from the id, which the database hands out only on insert.
	 */
	private static String unassignedCode() {
		return "~" + UUID.randomUUID().toString().replace("-", "").substring(0, 19);
	}

	boolean hasMinistryCode() {
		return !ministryCode.startsWith("~");
	}

	/** MA_HOC_SINH as the department hands it out: its code followed by the pupil id in eight digits. */
	void assignMinistryCode(String departmentCode) {
		if (id == null || hasMinistryCode()) {
			throw new IllegalStateException("Pupil " + id + " cannot be given a new ministry code");
		}
		this.ministryCode = departmentCode + "%08d".formatted(id);
	}

	/** Whether an entered name and birth date are this pupil's, whatever the composition or case of the name. */
	boolean isSamePerson(PersonName name, LocalDate birthDate) {
		return fullName.toLowerCase(Locale.ROOT).equals(name.value().toLowerCase(Locale.ROOT))
				&& this.birthDate.equals(birthDate);
	}

	public Guardian addGuardian(Guardian.Relation relation, PersonName name, String phone) {
		Guardian guardian = new Guardian(this, relation, name, phone);
		guardians.add(guardian);
		return guardian;
	}

	public Long getId() {
		return id;
	}

	public String getPersonalId() {
		return personalId;
	}

	public String getMinistryCode() {
		return ministryCode;
	}

	public String getFullName() {
		return fullName;
	}

	public Sex getSex() {
		return sex;
	}

	public LocalDate getBirthDate() {
		return birthDate;
	}

	public String getEthnicity() {
		return ethnicity;
	}

	public String getNationality() {
		return nationality;
	}

	public String getPlaceOfBirth() {
		return placeOfBirth;
	}

	public String getHomeTown() {
		return homeTown;
	}

	public String getResidence() {
		return residence;
	}

	public List<Guardian> getGuardians() {
		return guardians;
	}

}
