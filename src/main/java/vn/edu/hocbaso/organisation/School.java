package vn.edu.hocbaso.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * A primary school, known to the Ministry by its school code (MA_TRUONG).
 */
@Entity
public class School {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "unit_id")
	private AdministrativeUnit unit;

	private String ministryCode;

	private String name;

	private String address;

	protected School() {
	}

	public School(AdministrativeUnit unit, String ministryCode, String name, String address) {
		this.unit = unit;
		this.ministryCode = ministryCode;
		this.name = name;
		this.address = address;
	}

	public Long getId() {
		return id;
	}

	public AdministrativeUnit getUnit() {
		return unit;
	}

	public String getMinistryCode() {
		return ministryCode;
	}

	public String getName() {
		return name;
	}

	public String getAddress() {
		return address;
	}

}
