package vn.edu.hocbaso.record;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The level reached in a subject or activity (mức đạt được, Circular 27/2020 Art. 7.1a). Its "C" is not the
 * "C" of {@link TraitLevel}.
 */
public enum SubjectLevel {

	COMPLETED_WELL("T", "Hoàn thành tốt", "Completed well"),
	COMPLETED("H", "Hoàn thành", "Completed"),
	NOT_COMPLETED("C", "Chưa hoàn thành", "Not completed");

	private final String code;

	private final String vietnamese;

	private final String english;

	SubjectLevel(String code, String vietnamese, String english) {
		this.code = code;
		this.vietnamese = vietnamese;
		this.english = english;
	}

	/** The code stored and written to the XML (MUC_DAT_DUOC). */
	@JsonValue
	public String code() {
		return code;
	}

	public String vietnamese() {
		return vietnamese;
	}

	public String english() {
		return english;
	}

	public static Optional<SubjectLevel> ofCode(String code) {
		return Arrays.stream(values()).filter(level -> level.code.equals(code)).findFirst();
	}

	@JsonCreator
	static SubjectLevel fromCode(String code) {
		return ofCode(code).orElseThrow(() -> new IllegalArgumentException("No subject level " + code));
	}

}
