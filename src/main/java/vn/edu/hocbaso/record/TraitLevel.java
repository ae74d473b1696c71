package vn.edu.hocbaso.record;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The level of a quality or competency (Circular 27/2020 Art. 7.2). Its "C" (Cần cố gắng, needs more effort)
 * is not the "C" of {@link SubjectLevel} (Chưa hoàn thành, not completed).
 */
public enum TraitLevel {

	GOOD("T", "Tốt", "Good"),
	SATISFACTORY("Đ", "Đạt", "Satisfactory"),
	NEEDS_EFFORT("C", "Cần cố gắng", "Needs more effort");

	private final String code;

	private final String vietnamese;

	private final String english;

	TraitLevel(String code, String vietnamese, String english) {
		this.code = code;
		this.vietnamese = vietnamese;
		this.english = english;
	}

	/** The code stored and written to the XML; "Đ" is one NFC character. */
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

	public static Optional<TraitLevel> ofCode(String code) {
		return Arrays.stream(values()).filter(level -> level.code.equals(code)).findFirst();
	}

	@JsonCreator
	static TraitLevel fromCode(String code) {
		return ofCode(code).orElseThrow(() -> new IllegalArgumentException("No quality or competency level " + code));
	}

}
