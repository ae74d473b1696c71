package vn.edu.hocbaso.schoolyear;

/**
 * The two close-offs (chốt sổ) of a school year: the main one (default 30 June) and the one after the summer's
 * supplementary evaluation (default 15 August).
 */
public enum CloseOff {

	MAIN,
	SUPPLEMENTARY;

	/** The deadline kind of this close-off's instant. */
	public DeadlineKind kind() {
		return this == MAIN ? DeadlineKind.MAIN_CLOSE_OFF : DeadlineKind.SUPPLEMENTARY_CLOSE_OFF;
	}

}
