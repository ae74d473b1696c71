package vn.edu.hocbaso.record;

import java.time.Instant;

/**
 * The record's XML as its last valid signature left it, stored byte for byte with its SHA-256: after the school's
 * issue signature, what goes to the department's registry.
 *
 * @param step the last step that signed
 * @param sha256 lower-case hex SHA-256 of {@code xml}
 */
public record SignedRecord(long recordId, long version, RecordApproval.Step step, byte[] xml, String sha256,
		long staffId, long certificateId, Instant signedAt) {

	@Override
	public String toString() {
		return "SignedRecord[record=" + recordId + ", step=" + step + ", sha256=" + sha256 + "]";
	}

}
