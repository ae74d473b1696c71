package vn.edu.hocbaso.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * The provincial Department of Education and Training (Sở Giáo dục và Đào tạo) that runs the record registry.
 */
@Entity
public class Department {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private String provinceCode;

	private String provinceName;

	protected Department() {
	}

	public Department(String code, String name, String provinceCode, String provinceName) {
		this.code = code;
		this.name = name;
		this.provinceCode = provinceCode;
		this.provinceName = provinceName;
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public String getProvinceCode() {
		return provinceCode;
	}

	public String getProvinceName() {
		return provinceName;
	}

}
