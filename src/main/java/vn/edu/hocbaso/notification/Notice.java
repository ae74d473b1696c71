package vn.edu.hocbaso.notification;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * One notice to one member of staff: a message key of the bundles with its arguments, shown in the reader's
 * language.
 */
public record Notice(long id, String messageKey, List<String> arguments, Instant createdAt) {

	public Notice {
		arguments = List.copyOf(arguments);
	}

	/** Pages show times in Vietnam; the notice keeps its instant in UTC. */
	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	/** When it was sent, in Vietnam's time. */
	public LocalDateTime createdLocal() {
		return LocalDateTime.ofInstant(createdAt, VIETNAM);
	}

	/** The arguments as the message source takes them. */
	public Object[] argumentArray() {
		return arguments.toArray();
	}

}
