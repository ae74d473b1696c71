package vn.edu.hocbaso.registry;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The state of one record in the answer to a status query (CV 2088 Annex 1 §II.2.3 and §II.2.7): the pupil,
 * the record's lookup code and {@code trang_thai}, which for a submission is 1 accepted or 0 rejected and for a
 * revocation 1 pending, 2 accepted or 3 refused; the error fields say why a record was rejected or refused.
 * <p>
 * Two fields are this registry's own [project decision], left out when empty: {@code tinh_trang_luu_tru}, the
 * record's state in the registry ({@link RegistryRecordStatus}: ACCEPTED, WITHDRAWN, SUPERSEDED, LOCKED,
 * REVOKED), and {@code ma_tra_cuu_uuid_thay_the}, the lookup code of the record that superseded it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecordStatus(
		@JsonProperty("ma_hoc_sinh") String pupilCode,
		@JsonProperty("ten_hoc_sinh") String pupilName,
		@JsonProperty("so_cccd") String personalId,
		@JsonProperty("ma_tra_cuu_uuid") String lookupCode,
		@JsonProperty("trang_thai") int status,
		@JsonProperty("error") String error,
		@JsonProperty("error_field_title") String errorFieldTitle,
		@JsonProperty("error_description") String errorDescription,
		@JsonProperty("tinh_trang_luu_tru") String registryState,
		@JsonProperty("ma_tra_cuu_uuid_thay_the") String supersededBy) {

	/** {@code trang_thai} of a submitted record. */
	public enum Submission {

		REJECTED(0), ACCEPTED(1);

		private final int code;

		Submission(int code) {
			this.code = code;
		}

		public int code() {
			return code;
		}

	}

	/** {@code trang_thai} of a record whose revocation was requested. */
	public enum Revocation {

		PENDING(1), ACCEPTED(2), REFUSED(3);

		private final int code;

		Revocation(int code) {
			this.code = code;
		}

		public int code() {
			return code;
		}

	}

	public RecordStatus {
		if (status < 0 || status > 3) {
			throw new IllegalArgumentException("trang_thai is 0 to 3: " + status);
		}
	}

	/** The state of a submitted record. */
	public static RecordStatus submitted(String pupilCode, String pupilName, String personalId, String lookupCode,
			Submission status, String error, String errorFieldTitle, String errorDescription) {
		return new RecordStatus(pupilCode, pupilName, personalId, lookupCode, status.code(), error,
				errorFieldTitle, errorDescription, null, null);
	}

	/** The state of a record whose revocation was requested. */
	public static RecordStatus revocation(String pupilCode, String pupilName, String personalId,
			String lookupCode, Revocation status, String error, String errorFieldTitle, String errorDescription) {
		return new RecordStatus(pupilCode, pupilName, personalId, lookupCode, status.code(), error,
				errorFieldTitle, errorDescription, null, null);
	}

	/** The same status with the record's state in the registry and, when superseded, its successor. */
	public RecordStatus withRegistryState(RegistryRecordStatus state, String successor) {
		return new RecordStatus(pupilCode, pupilName, personalId, lookupCode, status, error, errorFieldTitle,
				errorDescription, state == null ? null : state.name(), successor);
	}

	@Override
	public String toString() {
		// Name and personal ID stay out of logs.
		return "RecordStatus[ma_tra_cuu_uuid=" + lookupCode + ", trang_thai=" + status + ", error=" + error + "]";
	}

}
