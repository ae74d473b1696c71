package vn.edu.hocbaso.registry;

import java.util.Arrays;

/**
 * A checkpoint text or key that cannot be read or used: a missing or extra line, a size, root or time that is
 * not in the canonical form, a signature line that is not one, a key that is not ECDSA P-256. The message key
 * ({@code registry.checkpoint.*}) and its arguments give the text.
 */
public class CheckpointRefused extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public CheckpointRefused(String messageKey, Object... arguments) {
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
