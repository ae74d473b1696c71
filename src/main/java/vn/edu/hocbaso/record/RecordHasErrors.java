package vn.edu.hocbaso.record;

import java.util.List;

/**
 * A record cannot be marked complete while the pre-signing checks find an error.
 */
public class RecordHasErrors extends IllegalStateException {

	private final transient List<Finding> errors;

	RecordHasErrors(List<Finding> errors) {
		super("The record has " + errors.size() + " error(s): " + errors);
		this.errors = List.copyOf(errors);
	}

	public List<Finding> errors() {
		return errors;
	}

}
