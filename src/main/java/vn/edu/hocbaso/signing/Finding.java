package vn.edu.hocbaso.signing;

import java.util.List;

/**
 * One problem found with a signature: a message key ({@code signing.verify.*}) and its arguments.
 */
public record Finding(String messageKey, List<Object> arguments) {

	static Finding of(String messageKey, Object... arguments) {
		return new Finding(messageKey, List.of(arguments));
	}

}
