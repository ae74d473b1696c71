package vn.edu.hocbaso.organisation;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * The order of a Vietnamese class list (danh sách lớp): by given name (the last word), then the middle name,
 * then the family name, each compared letter by letter as Vietnamese sorts them: "Đ" after "D", "Ă" and "Â"
 * after "A", and tones only when the letters are the same.
 */
public final class VietnameseOrder {

	/** Compares full names; the JDK's Vietnamese collation carries the alphabet and the tones. */
	public static final Comparator<String> NAMES = VietnameseOrder::compareNames;

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private VietnameseOrder() {
	}

	private static int compareNames(String left, String right) {

		// A Collator is not thread-safe; one per comparison is cheap next to a class of 40.
		Collator collator = Collator.getInstance(VIETNAMESE);
		String[] a = parts(left);
		String[] b = parts(right);

		for (int i = 0; i < a.length; i++) {
			int result = collator.compare(a[i], b[i]);
			if (result != 0) {
				return result;
			}
		}

		return collator.compare(left, right);
	}

	/** Given name, middle name, family name. */
	private static String[] parts(String fullName) {

		String name = fullName.strip();
		int first = name.indexOf(' ');
		int last = name.lastIndexOf(' ');
		if (first < 0) {
			return new String[] { name, "", "" };
		}

		String middle = first == last ? "" : name.substring(first + 1, last);
		return new String[] { name.substring(last + 1), middle, name.substring(0, first) };
	}

}
