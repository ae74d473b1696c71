package vn.edu.hocbaso.schoolyear;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A school year (năm học), named by its two calendar years: "2026-2027".
 */
@Entity
@Table(name = "school_year")
public class SchoolYear {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int startYear;

	private LocalDate startsOn;

	private LocalDate endsOn;

	protected SchoolYear() {
	}

	public SchoolYear(int startYear) {
		this.startYear = startYear;
		this.startsOn = LocalDate.of(startYear, 9, 5);
		this.endsOn = LocalDate.of(startYear + 1, 5, 31);
	}

	public Long getId() {
		return id;
	}

	public int getStartYear() {
		return startYear;
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public LocalDate getEndsOn() {
		return endsOn;
	}

	/** The name used on records and in the national XML (TEN_NAM_HOC): "2026-2027". */
	public String getName() {
		return startYear + "-" + (startYear + 1);
	}

	/** The school year running on a date; from June to August the year that just ended is still current. */
	public static int startYearOn(LocalDate date) {
		return date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1;
	}

}
