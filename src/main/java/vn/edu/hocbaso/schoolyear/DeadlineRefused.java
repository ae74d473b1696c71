package vn.edu.hocbaso.schoolyear;

import java.util.List;

/**
 * A calendar edit or an extension the rules refuse (a date in the past, a supplementary close-off not after the
 * main one, an extension earlier than the calendar, no reason). Nothing was changed; the message key and its
 * arguments say why in the reader's language.
 */
public class DeadlineRefused extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String messageKey;

	private final List<String> arguments;

	public DeadlineRefused(String messageKey, String... arguments) {
		super(messageKey + " " + List.of(arguments));
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public String getMessageKey() {
		return messageKey;
	}

	public Object[] getArguments() {
		return arguments.toArray();
	}

}
