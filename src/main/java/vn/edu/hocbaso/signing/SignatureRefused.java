package vn.edu.hocbaso.signing;

import java.util.Arrays;

/**
 * A signature that is not made, or not accepted, for a reason the user can act on: a wrong key password, an
 * expired, revoked or unsuitable certificate, a signature out of order, a signature value that does not fit.
 * The document stays as it was. The message key ({@code signing.refused.*}) and its arguments give the text.
 */
public class SignatureRefused extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public SignatureRefused(String messageKey, Object... arguments) {
		super(messageKey + " " + Arrays.toString(arguments));
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String getMessageKey() {
		return messageKey;
	}

	public Object[] getArguments() {
		return arguments.clone();
	}

}
