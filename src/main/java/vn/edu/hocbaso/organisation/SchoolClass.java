package vn.edu.hocbaso.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.edu.hocbaso.schoolyear.SchoolYear;

/**
 * A class (lớp) of one grade at one school in one school year, such as "4A".
 */
@Entity
@Table(name = "school_class")
public class SchoolClass {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "school_id")
	private School school;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "school_year_id")
	private SchoolYear schoolYear;

	private int grade;

	private String name;

	protected SchoolClass() {
	}

	public SchoolClass(School school, SchoolYear schoolYear, int grade, String name) {
		this.school = school;
		this.schoolYear = schoolYear;
		this.grade = grade;
		this.name = name;
	}

	public Long getId() {
		return id;
	}

	public School getSchool() {
		return school;
	}

	public SchoolYear getSchoolYear() {
		return schoolYear;
	}

	public int getGrade() {
		return grade;
	}

	public String getName() {
		return name;
	}

}
