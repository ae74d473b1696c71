package vn.edu.hocbaso.security;

import java.util.Locale;

/**
 * Usernames are stored in lower case. What a user types is stripped and lower-cased the same way before any
 * lookup or count, so that "Hieupho1" typed on a phone is the same account as "hieupho1".
 */
final class Usernames {

	private Usernames() {
	}

	/** Locale.ROOT: in a Turkish locale "I" would otherwise become a dotless "ı". */
	static String normalise(String typed) {
		return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
	}

}
