package vn.edu.hocbaso.record;

import java.util.Arrays;
import java.util.Optional;

/**
 * The overall educational result of the year (đánh giá kết quả giáo dục, Circular 27/2020 Art. 9.2), from the
 * best to the lowest.
 */
public enum OverallResult {

	HTXS("Hoàn thành xuất sắc", "Completed with distinction"),
	HTT("Hoàn thành tốt", "Completed well"),
	HT("Hoàn thành", "Completed"),
	CHT("Chưa hoàn thành", "Not completed");

	private final String vietnamese;

	private final String english;

	OverallResult(String vietnamese, String english) {
		this.vietnamese = vietnamese;
		this.english = english;
	}

	/** The code stored and written to the XML (KET_QUA_XEP_LOAI). */
	public String code() {
		return name();
	}

	public String vietnamese() {
		return vietnamese;
	}

	public String english() {
		return english;
	}

	/** A pupil completes the grade with any result but CHT (Art. 11). */
	public boolean completesGrade() {
		return this != CHT;
	}

	public static Optional<OverallResult> ofCode(String code) {
		return Arrays.stream(values()).filter(result -> result.name().equals(code)).findFirst();
	}

}
