package vn.edu.hocbaso.browser;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Nothing with that id, told only to users who would see it if it existed (the department); everyone else
 * gets {@link OutOfScope}.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NotFound extends RuntimeException {

	private static final long serialVersionUID = 1L;

	NotFound(String what, Long id) {
		super(what + " " + id + " does not exist");
	}

}
