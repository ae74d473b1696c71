package vn.edu.hocbaso.gradebook;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A class whose sheet the user may not download or import; 403 whether or not the class exists. */
@ResponseStatus(HttpStatus.FORBIDDEN)
class SheetForbidden extends RuntimeException {

	private static final long serialVersionUID = 1L;

	SheetForbidden(long classId) {
		super("The sheet of class " + classId + " is outside the user's rights");
	}

}
