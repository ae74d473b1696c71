package vn.edu.hocbaso.gradebook;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A grid the user may not open or change: a class she may not see, one of another school year, or a change
 * her role does not allow. Answered with 403 whether or not the class exists.
 */
@ResponseStatus(HttpStatus.FORBIDDEN)
class GradebookOutOfScope extends RuntimeException {

	private static final long serialVersionUID = 1L;

	GradebookOutOfScope(long classId) {
		super("The grid of class " + classId + " is outside the user's scope");
	}

}
