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

	public String messageKey() {
		return "record.notEditable";
	}

}
