package vn.edu.hocbaso.signing;

/**
 * A message for the next page after a redirect: what was done, or why nothing was. Carried as a key and its
 * arguments, so that the page says it in the user's language.
 */
record Notice(String key, Object... args) {

	static Notice of(SignatureRefused refused) {
		return new Notice(refused.getMessageKey(), refused.getArguments());
	}

}
