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

/**
 * A parent or guardian of a pupil (cha, mẹ, người giám hộ), as on the record's identity page.
 */
@Entity
public class Guardian {

	public enum Relation {

		FATHER, MOTHER, GUARDIAN

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "pupil_id")
	private Pupil pupil;

	@Enumerated(EnumType.STRING)
	private Relation relation;

	private String fullName;

	private String phone;

	protected Guardian() {
	}

	Guardian(Pupil pupil, Relation relation, PersonName name, String phone) {
		this.pupil = pupil;
		this.relation = relation;
		this.fullName = name.value();
		this.phone = phone;
	}

	public Long getId() {
		return id;
	}

	public Relation getRelation() {
		return relation;
	}

	public String getFullName() {
		return fullName;
	}

	public String getPhone() {
		return phone;
	}

}
