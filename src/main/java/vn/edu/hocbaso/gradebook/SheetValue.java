package vn.edu.hocbaso.gradebook;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

import vn.edu.hocbaso.record.OverallResult;
import vn.edu.hocbaso.record.Parsed;
import vn.edu.hocbaso.record.RecordInput;
import vn.edu.hocbaso.record.SubjectLevel;
import vn.edu.hocbaso.record.TraitLevel;

/**
 * The kinds of value a class sheet holds, each turned into one canonical text: the form the export writes and
 * the import compares with, so that a cell typed " 8 " or "hoàn thành tốt" equals the stored 8 or T.
 */
enum SheetValue {

	SUBJECT_LEVEL, SCORE, TRAIT_LEVEL, TEXT, DECIMAL, COUNT, RESULT, YES_NO;

	static final String DECIMAL_INVALID = "sheet.value.decimal";

	static final String COUNT_INVALID = "sheet.value.count";

	static final String RESULT_INVALID = "sheet.value.result";

	static final String YES_NO_INVALID = "sheet.value.yesNo";

	static final String YES = "Có";

	static final String NO = "Không";

	private static final Pattern DECIMAL_TEXT = Pattern.compile("[0-9]{1,4}([.,][0-9]{1,4})?");

	private static final Pattern COUNT_TEXT = Pattern.compile("[0-9]{1,3}");

	/** The canonical text of a raw cell, blank as {@code null}, or the message key of a refusal. */
	Parsed<String> normalise(String raw) {
		return switch (this) {
			case SUBJECT_LEVEL -> map(RecordInput.subjectLevel(raw), SubjectLevel::code);
			case SCORE -> map(RecordInput.score(raw), String::valueOf);
			case TRAIT_LEVEL -> map(RecordInput.traitLevel(raw), TraitLevel::code);
			case TEXT -> new Parsed<>(RecordInput.text(raw), null);
			case DECIMAL -> decimal(RecordInput.text(raw));
			case COUNT -> count(RecordInput.text(raw));
			case RESULT -> result(RecordInput.text(raw));
			case YES_NO -> parseYesNo(RecordInput.text(raw));
		};
	}

	static String decimal(BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros().toPlainString();
	}

	static String yesNo(Boolean value) {
		return value == null ? null : value ? YES : NO;
	}

	static Boolean isYes(String canonical) {
		return canonical == null ? null : canonical.equals(YES);
	}

	private static <T> Parsed<String> map(Parsed<T> parsed, Function<T, String> code) {
		return new Parsed<>(parsed.optional().map(code).orElse(null), parsed.errorKey());
	}

	private static Parsed<String> decimal(String text) {
		if (text == null) {
			return new Parsed<>(null, null);
		}
		if (!DECIMAL_TEXT.matcher(text).matches() || new BigDecimal(text.replace(',', '.')).signum() <= 0) {
			return new Parsed<>(null, DECIMAL_INVALID);
		}
		return new Parsed<>(decimal(new BigDecimal(text.replace(',', '.'))), null);
	}

	private static Parsed<String> count(String text) {
		if (text == null) {
			return new Parsed<>(null, null);
		}
		return COUNT_TEXT.matcher(text).matches() ? new Parsed<>(String.valueOf(Integer.parseInt(text)), null)
				: new Parsed<>(null, COUNT_INVALID);
	}

	private static Parsed<String> result(String text) {
		if (text == null) {
			return new Parsed<>(null, null);
		}
		String folded = fold(text);
		return Arrays.stream(OverallResult.values())
			.filter(r -> fold(r.code()).equals(folded) || fold(r.vietnamese()).equals(folded))
			.findFirst()
			.map(r -> new Parsed<>(r.code(), null))
			.orElseGet(() -> new Parsed<>(null, RESULT_INVALID));
	}

	private static Parsed<String> parseYesNo(String text) {
		if (text == null) {
			return new Parsed<>(null, null);
		}
		return switch (fold(text)) {
			case "co", "x", "1", "yes" -> new Parsed<>(YES, null);
			case "khong", "0", "no" -> new Parsed<>(NO, null);
			default -> new Parsed<>(null, YES_NO_INVALID);
		};
	}

	/** Lower case without diacritics, đ as d, single spaces. */
	static String fold(String text) {
		String bare = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.replace('đ', 'd');
		return bare.strip().replaceAll("\\s+", " ");
	}

}
