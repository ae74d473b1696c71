package vn.edu.hocbaso.organisation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Vietnamese full name (họ và tên), kept exactly as written but in Unicode NFC with single spaces, so that
 * the same name typed on two keyboards (composed or decomposed diacritics) is stored the same way.
 *
 * @param value the name in NFC
 */
public record PersonName(String value) {

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern LETTERS_AND_SPACES = Pattern.compile("[\\p{L} '\\-.]+");

	public PersonName {
		if (value == null || value.isBlank()) {
			throw new InvalidPersonName("blank");
		}
		value = SPACES.matcher(Normalizer.normalize(value, Normalizer.Form.NFC).strip()).replaceAll(" ");
		if (value.length() > 100 || !LETTERS_AND_SPACES.matcher(value).matches()) {
			throw new InvalidPersonName("characters");
		}
	}

	/** The name as search sees it: lower case, without diacritics, "đ" as "d". */
	public String searchKey() {
		return searchKey(value);
	}

	/**
	 * Folds any text for diacritic- and case-insensitive matching: "Nguyễn Thị Ánh" and "nguyen thi anh" give
	 * the same key.
	 */
	public static String searchKey(String text) {

		String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
		String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');

		return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ");
	}

	/** The given name (tên), the last word, by which Vietnamese class lists are sorted. */
	public String givenName() {
		return value.substring(value.lastIndexOf(' ') + 1);
	}

	@Override
	public String toString() {
		return value;
	}

	/** A name that cannot be stored; {@code reason} is a message-key suffix. */
	public static class InvalidPersonName extends IllegalArgumentException {

		private final String reason;

		InvalidPersonName(String reason) {
			super("Invalid person name: " + reason);
			this.reason = reason;
		}

		public String reason() {
			return reason;
		}

	}

}
