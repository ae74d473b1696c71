package vn.edu.hocbaso.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One role of a member of staff, with the school, class and subject it applies to.
 */
@Entity
@Table(name = "staff_role")
public class StaffRole {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "staff_id")
	private Staff staff;

	@Enumerated(EnumType.STRING)
	private Role role;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "school_id")
	private School school;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "class_id")
	private SchoolClass schoolClass;

	private String subjectCode;

	protected StaffRole() {
	}

	StaffRole(Staff staff, Role role, School school, SchoolClass schoolClass, String subjectCode) {
		this.staff = staff;
		this.role = role;
		this.school = school;
		this.schoolClass = schoolClass;
		this.subjectCode = subjectCode;
	}

	public Long getId() {
		return id;
	}

	public Staff getStaff() {
		return staff;
	}

	public Role getRole() {
		return role;
	}

	public School getSchool() {
		return school;
	}

	public SchoolClass getSchoolClass() {
		return schoolClass;
	}

	public String getSubjectCode() {
		return subjectCode;
	}

}
