package vn.edu.hocbaso.organisation;

import java.util.List;

/**
 * A {@link Registration} that cannot be saved, with every problem found; nothing of it was stored.
 */
public class RegistrationRefused extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient List<Problem> problems;

	RegistrationRefused(List<Problem> problems) {
		super("Registration refused: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}

	/**
	 * One refused field.
	 *
	 * @param field the name of the {@link Registration} or {@link PupilIdentity} component
	 * @param messageKey the message that names the field and says what is wrong
	 */
	public record Problem(String field, String messageKey) {
	}

}
