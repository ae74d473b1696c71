package vn.edu.hocbaso.record;

import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A step on a record's way to the registry that the rules refuse: the wrong person, the wrong state, a missing
 * reason. Nothing was changed. The message key and its arguments let each reader see why in her language; an
 * argument that is itself a message (a record's state) is a {@link MessageSourceResolvable}, which Spring's
 * message source resolves in the same language.
 */
public class ApprovalRefused extends RuntimeException implements MessageSourceResolvable {

	private static final long serialVersionUID = 1L;

	private final String messageKey;

	private final Object[] arguments;

	public ApprovalRefused(String messageKey, Object... arguments) {
		super(messageKey + " " + Arrays.toString(arguments));
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	/** A record state as a message argument, shown with its name in the reader's language. */
	public static MessageSourceResolvable state(RecordState state) {
		return new DefaultMessageSourceResolvable(new String[] { "record.approval.state." + state.name() },
				state.name());
	}

	public String getMessageKey() {
		return messageKey;
	}

	/** The arguments of the message in the order it names them ({0}, {1}, ...). */
	public Object[] getArguments() {
		return arguments.clone();
	}

	@Override
	public String[] getCodes() {
		return new String[] { messageKey };
	}

	@Override
	public String getDefaultMessage() {
		return getMessage();
	}

	/** The arguments as plain text, for notices and logs. */
	public List<String> argumentsAsText() {
		return Arrays.stream(arguments)
			.map(argument -> argument instanceof MessageSourceResolvable message ? message.getDefaultMessage()
					: String.valueOf(argument))
			.toList();
	}

}
