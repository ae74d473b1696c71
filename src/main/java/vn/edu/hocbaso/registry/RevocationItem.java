package vn.edu.hocbaso.registry;

/**
 * One record named in a type-5 transaction (withdrawal or revocation request, {@link RevocationContent}): its
 * lookup code, the pupil it is about (pupil code, personal ID, name) and the school's reason. Fields the sender
 * left out are null; the registry answers such an item with trang_thai 3.
 */
public record RevocationItem(String lookupCode, String pupilCode, String personalId, String pupilName,
		String reason) {

	/** The longest reason the registry keeps. */
	public static final int MAX_REASON = 500;

	/** Whether a reason is longer than the registry keeps, counted in characters (code points), not UTF-16 units. */
	public static boolean reasonTooLong(String reason) {
		return reason.codePointCount(0, reason.length()) > MAX_REASON;
	}

	@Override
	public String toString() {
		// Name and personal ID stay out of logs.
		return "RevocationItem[" + lookupCode + "]";
	}

}
