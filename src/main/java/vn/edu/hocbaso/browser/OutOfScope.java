package vn.edu.hocbaso.browser;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A school, class or pupil the user may not see. Answered with 403 whether or not it exists, so that ids of
 * other schools tell nothing.
 */
@ResponseStatus(HttpStatus.FORBIDDEN)
class OutOfScope extends RuntimeException {

	private static final long serialVersionUID = 1L;

	OutOfScope(String what, Long id) {
		super(what + " " + id + " is outside the user's scope");
	}

}
