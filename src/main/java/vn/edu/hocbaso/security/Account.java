package vn.edu.hocbaso.security;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A login of a member of staff. The roles and what the person may see come from the staff member's roles,
 * not from the account.
 */
@Entity
class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String passwordHash;

	private Long staffId;

	private boolean enabled;

	private int failedAttempts;

	private Instant lockedUntil;

	private String preferredLanguage;

	protected Account() {
	}

	boolean isLockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	/** Counts a wrong password; the last allowed failure locks the account for a while. */
	void recordFailure(Instant now, int maxFailures, Duration lockTime) {

		if (lockedUntil != null && !isLockedAt(now)) {
			// An expired lock starts a fresh count.
			lockedUntil = null;
			failedAttempts = 0;
		}

		failedAttempts++;
		if (failedAttempts >= maxFailures) {
			lockedUntil = now.plus(lockTime);
		}
	}

	void recordSuccess() {
		failedAttempts = 0;
		lockedUntil = null;
	}

	Long getId() {
		return id;
	}

	String getUsername() {
		return username;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	Long getStaffId() {
		return staffId;
	}

	boolean isEnabled() {
		return enabled;
	}

	int getFailedAttempts() {
		return failedAttempts;
	}

	Instant getLockedUntil() {
		return lockedUntil;
	}

	String getPreferredLanguage() {
		return preferredLanguage;
	}

}
