package vn.edu.hocbaso.registry;

import java.util.Arrays;

/**
 * A transaction refused before anything is stored, with its error code and the arguments of its message.
 */
public class TransactionRefused extends RuntimeException {

	private final TransactionError error;

	private final transient Object[] arguments;

	public TransactionRefused(TransactionError error, Object... arguments) {
		super(error.code() + " " + Arrays.toString(arguments));
		this.error = error;
		this.arguments = arguments.clone();
	}

	public TransactionError getError() {
		return error;
	}

	/** The message key ({@code registry.transaction.*}). */
	public String getMessageKey() {
		return error.messageKey();
	}

	public Object[] getArguments() {
		return arguments.clone();
	}

}
