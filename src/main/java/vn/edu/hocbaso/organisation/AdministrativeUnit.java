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
 * A ward (phường) or commune (xã) of the province, under which schools are listed.
 */
@Entity
@Table(name = "administrative_unit")
public class AdministrativeUnit {

	public enum Kind {

		WARD, COMMUNE

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "department_id")
	private Department department;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	protected AdministrativeUnit() {
	}

	public AdministrativeUnit(Department department, String code, String name, Kind kind) {
		this.department = department;
		this.code = code;
		this.name = name;
		this.kind = kind;
	}

	public Long getId() {
		return id;
	}

	public Department getDepartment() {
		return department;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public Kind getKind() {
		return kind;
	}

}
