package vn.edu.hocbaso.record;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Normalises what teachers type in the class grid or bring in a spreadsheet: scores, levels and free text.
 * Pure functions; a refusal carries a message key so that the grid and the import can both name the problem.
 */
public final class RecordInput {

	public static final String SCORE_NOT_A_NUMBER = "record.input.score.notANumber";

	public static final String SCORE_NOT_INTEGER = "record.input.score.notInteger";

	public static final String SCORE_FRACTION = "record.input.score.fraction";

	public static final String SCORE_OUT_OF_RANGE = "record.input.score.outOfRange";

	public static final String SUBJECT_LEVEL_UNKNOWN = "record.input.subjectLevel.unknown";

	public static final String SUBJECT_LEVEL_OF_TRAITS = "record.input.subjectLevel.traitWord";

	public static final String TRAIT_LEVEL_UNKNOWN = "record.input.traitLevel.unknown";

	public static final String TRAIT_LEVEL_OF_SUBJECTS = "record.input.traitLevel.subjectWord";

	public static final int MIN_SCORE = 0;

	public static final int MAX_SCORE = 10;

	private static final Pattern DIGITS = Pattern.compile("[0-9]+");

	private static final Pattern DECIMAL = Pattern.compile("[0-9]*[.,][0-9]+|[0-9]+[.,]");

	private static final Pattern FRACTION = Pattern.compile("[0-9]+\\s*/\\s*[0-9]+");

	private static final Pattern SIGNED = Pattern.compile("[-+][0-9]+([.,][0-9]+)?");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	/** Codes and words of subject levels, folded (lower case, no diacritics, đ as d). */
	private static final Map<String, SubjectLevel> SUBJECT_WORDS = Map.of("t", SubjectLevel.COMPLETED_WELL,
			"h", SubjectLevel.COMPLETED, "c", SubjectLevel.NOT_COMPLETED, "hoan thanh tot",
			SubjectLevel.COMPLETED_WELL, "hoan thanh", SubjectLevel.COMPLETED, "chua hoan thanh",
			SubjectLevel.NOT_COMPLETED);

	/** Codes and words of quality and competency levels, folded; "d" can only mean Đ on this scale. */
	private static final Map<String, TraitLevel> TRAIT_WORDS = Map.of("t", TraitLevel.GOOD, "d",
			TraitLevel.SATISFACTORY, "c", TraitLevel.NEEDS_EFFORT, "tot", TraitLevel.GOOD, "dat",
			TraitLevel.SATISFACTORY, "can co gang", TraitLevel.NEEDS_EFFORT);

	private RecordInput() {
	}

	/** An end-of-year test score: an integer 0–10, leading zeros and spaces allowed; blank means no score. */
	public static Parsed<Integer> score(String raw) {

		String text = text(raw);
		if (text == null) {
			return Parsed.blank();
		}

		if (DIGITS.matcher(text).matches()) {
			int score = Integer.parseInt(text.length() > 3 ? "999" : text);
			return score <= MAX_SCORE ? Parsed.of(score) : Parsed.refused(SCORE_OUT_OF_RANGE);
		}
		if (SIGNED.matcher(text).matches()) {
			return Parsed.refused(text.startsWith("-") ? SCORE_OUT_OF_RANGE : SCORE_NOT_A_NUMBER);
		}
		if (DECIMAL.matcher(text).matches()) {
			return Parsed.refused(SCORE_NOT_INTEGER);
		}
		if (FRACTION.matcher(text).matches()) {
			return Parsed.refused(SCORE_FRACTION);
		}

		return Parsed.refused(SCORE_NOT_A_NUMBER);
	}

	/** A subject level as a code (T, H, C) or a word, any case, with or without diacritics. */
	public static Parsed<SubjectLevel> subjectLevel(String raw) {

		String folded = fold(raw);
		if (folded == null) {
			return Parsed.blank();
		}
		SubjectLevel level = SUBJECT_WORDS.get(folded);
		if (level != null) {
			return Parsed.of(level);
		}

		// "Tốt" or "Đạt" belongs to the other scale; guessing "Hoàn thành tốt" from it would be a guess.
		return Parsed.refused(TRAIT_WORDS.containsKey(folded) ? SUBJECT_LEVEL_OF_TRAITS : SUBJECT_LEVEL_UNKNOWN);
	}

	/** A quality or competency level as a code (T, Đ or D, C) or a word, any case, with or without diacritics. */
	public static Parsed<TraitLevel> traitLevel(String raw) {

		String folded = fold(raw);
		if (folded == null) {
			return Parsed.blank();
		}
		TraitLevel level = TRAIT_WORDS.get(folded);
		if (level != null) {
			return Parsed.of(level);
		}

		return Parsed.refused(SUBJECT_WORDS.containsKey(folded) ? TRAIT_LEVEL_OF_SUBJECTS : TRAIT_LEVEL_UNKNOWN);
	}

	/** Free text in NFC with outer spaces removed; blank means none. */
	public static String text(String raw) {

		if (raw == null) {
			return null;
		}
		// Spreadsheets often pad cells with no-break spaces, which strip() alone keeps.
		String text = Normalizer.normalize(raw, Normalizer.Form.NFC).replace('\u00A0', ' ').strip();

		return text.isEmpty() ? null : text;
	}

	/** Lower case, without diacritics, đ as d, single spaces: the form words are compared in. */
	static String fold(String raw) {

		String text = text(raw);
		if (text == null) {
			return null;
		}
		String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
		String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd');

		return SPACES.matcher(bare).replaceAll(" ");
	}

}
