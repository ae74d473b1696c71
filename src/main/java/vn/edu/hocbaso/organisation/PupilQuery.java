package vn.edu.hocbaso.organisation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a user typed into pupil search, understood as one of three searches: a 12-digit personal ID (spaces
 * allowed, as it is printed on the card), a Ministry pupil code (mã học sinh, letters and digits), or the words
 * of a name, each of which must occur in the name, in any order, ignoring case and diacritics.
 *
 * @param kind which search
 * @param value the personal ID or pupil code, as stored; for a name, the folded text
 * @param words for a name, its folded words; empty otherwise
 */
public record PupilQuery(Kind kind, String value, List<String> words) {

	/** Shorter names would match most of the city and tell the user nothing. */
	public static final int MIN_NAME_LENGTH = 2;

	private static final Pattern DIGITS_AND_SPACES = Pattern.compile("[\\d\\s]+");

	private static final Pattern PUPIL_CODE = Pattern.compile("(?=.*\\d)[A-Za-z0-9]{4,20}");

	public enum Kind {

		PERSONAL_ID, PUPIL_CODE, NAME, NOTHING, TOO_SHORT

	}

	public static PupilQuery parse(String text) {

		String stripped = text == null ? "" : text.strip();
		if (stripped.isEmpty()) {
			return new PupilQuery(Kind.NOTHING, "", List.of());
		}
		if (DIGITS_AND_SPACES.matcher(stripped).matches()) {
			String digits = stripped.replaceAll("\\s", "");
			return digits.length() == 12 ? new PupilQuery(Kind.PERSONAL_ID, digits, List.of())
					: new PupilQuery(Kind.PUPIL_CODE, digits, List.of());
		}
		if (PUPIL_CODE.matcher(stripped).matches()) {
			return new PupilQuery(Kind.PUPIL_CODE, stripped.toUpperCase(Locale.ROOT), List.of());
		}

		String folded = PersonName.searchKey(stripped);
		List<String> words = Arrays.stream(folded.split(" ")).filter(w -> !w.isEmpty()).distinct().toList();
		boolean tooShort = folded.replace(" ", "").length() < MIN_NAME_LENGTH;

		return new PupilQuery(tooShort ? Kind.TOO_SHORT : Kind.NAME, folded, tooShort ? List.of() : words);
	}

	/** Whether there is anything to look for. */
	public boolean searches() {
		return kind == Kind.PERSONAL_ID || kind == Kind.PUPIL_CODE || kind == Kind.NAME;
	}

}
