package vn.edu.hocbaso.system;

import java.util.Locale;

/**
 * The languages of the user interface: Vietnamese first, English second. The choice is made with
 * {@code ?lang=vi} or {@code ?lang=en} and kept in a cookie.
 */
public final class Languages {

	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	public static final String COOKIE = "hocbaso-lang";

	public static final String PARAMETER = "lang";

	private Languages() {
	}

}
