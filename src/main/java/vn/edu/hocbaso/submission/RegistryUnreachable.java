package vn.edu.hocbaso.submission;

/** The registry did not answer a transaction (down, timed out, an answer that is not one): send it again later. */
class RegistryUnreachable extends RuntimeException {

	private static final long serialVersionUID = 1L;

	RegistryUnreachable(String message, Throwable cause) {
		super(message, cause);
	}

}
