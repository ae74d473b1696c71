package vn.edu.hocbaso.record;

/**
 * A record that has been issued (or is further on its way) cannot change; the school withdraws or revokes it
 * and issues a new one instead.
 */
public class RecordNotEditable extends IllegalStateException {

	private final RecordState state;

	RecordNotEditable(Long recordId, RecordState state) {
		super("Record " + recordId + " is " + state + " and can no longer change");
		this.state = state;
	}

	public RecordState state() {
		return state;
	}

	/** A locked record says so: after the close-off only the department's revocation is left, not a replacement. */
	public String messageKey() {
		return state == RecordState.LOCKED ? "record.notEditable.locked" : "record.notEditable";
	}

}
