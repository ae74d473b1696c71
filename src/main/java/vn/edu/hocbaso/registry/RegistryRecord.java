package vn.edu.hocbaso.registry;

import java.time.Instant;
import java.util.UUID;

/**
 * A record version the registry holds: its lookup code, school, school year, the pupil it names when matched,
 * its bytes exactly as received with their SHA-256 (lower-case hex) and its state.
 */
public record RegistryRecord(UUID lookupCode, long schoolId, long schoolYearId, Long pupilId, byte[] xml,
		String sha256, RegistryRecordStatus status, UUID supersededBy, UUID replaces, Instant acceptedAt,
		Instant lockedAt, long transactionId) {

	/** The received bytes; a copy, so that no caller can change what the registry holds. */
	@Override
	public byte[] xml() {
		return xml.clone();
	}

	@Override
	public String toString() {
		// The record's content stays out of logs.
		return "RegistryRecord[" + lookupCode + ", " + status + ", sha256=" + sha256 + "]";
	}

}
