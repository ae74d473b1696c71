package vn.edu.hocbaso.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;

/**
 * A member of staff of a school or of the department (cán bộ, giáo viên, nhân viên).
 */
@Entity
public class Staff {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "department_id")
	private Department department;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "school_id")
	private School school;

	private String fullName;

	private String searchName;

	private String personalId;

	@Enumerated(EnumType.STRING)
	private Sex sex;

	private LocalDate birthDate;

	private String position;

	@OneToMany(mappedBy = "staff", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<StaffRole> roles = new ArrayList<>();

	protected Staff() {
	}

	public Staff(Department department, School school, PersonName name, Sex sex, PersonalId personalId) {
		this.department = department;
		this.school = school;
		this.fullName = name.value();
		this.searchName = name.searchKey();
		this.sex = sex;
		this.personalId = personalId == null ? null : personalId.value();
	}

	public StaffRole grant(Role role, SchoolClass schoolClass, String subjectCode) {
		StaffRole granted = new StaffRole(this, role, school, schoolClass, subjectCode);
		roles.add(granted);
		return granted;
	}

	public Long getId() {
		return id;
	}

	public Department getDepartment() {
		return department;
	}

	public School getSchool() {
		return school;
	}

	public String getFullName() {
		return fullName;
	}

	public String getPersonalId() {
		return personalId;
	}

	public Sex getSex() {
		return sex;
	}

	public LocalDate getBirthDate() {
		return birthDate;
	}

	public String getPosition() {
		return position;
	}

	public void setPosition(String position) {
		this.position = position;
	}

	public List<StaffRole> getRoles() {
		return roles;
	}

}
