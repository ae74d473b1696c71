package vn.edu.hocbaso.notification;

import java.time.Instant;
import java.util.List;

/**
 * One notice to one member of staff: a message key of the bundles with its arguments, shown in the reader's
 * language.
 */
public record Notice(long id, String messageKey, List<String> arguments, Instant createdAt) {

	public Notice {
		arguments = List.copyOf(arguments);
	}

	/** The arguments as the message source takes them. */
	public Object[] argumentArray() {
		return arguments.toArray();
	}

}
