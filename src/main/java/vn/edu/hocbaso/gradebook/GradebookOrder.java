package vn.edu.hocbaso.gradebook;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * The order of a Vietnamese class list: by given name (the last word), then the middle names, then the family
 * name (the first word), compared as Vietnamese is ("Anh" before "Ánh" before "Bình").
 */
final class GradebookOrder {

	private GradebookOrder() {
	}

	static <T> Comparator<T> byName(Function<T, String> fullName) {

		Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
		Comparator<String> names = Comparator.comparing(GradebookOrder::given, collator)
			.thenComparing(GradebookOrder::middle, collator)
			.thenComparing(GradebookOrder::family, collator);

		return Comparator.comparing(fullName, names);
	}

	static String given(String fullName) {
		return fullName.substring(fullName.lastIndexOf(' ') + 1);
	}

	static String middle(String fullName) {
		int first = fullName.indexOf(' ');
		int last = fullName.lastIndexOf(' ');
		return first < last ? fullName.substring(first + 1, last) : "";
	}

	static String family(String fullName) {
		int first = fullName.indexOf(' ');
		return first < 0 ? "" : fullName.substring(0, first);
	}

}
