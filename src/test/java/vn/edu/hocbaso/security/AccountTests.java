package vn.edu.hocbaso.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * The lock rule of an account: five failures in a row lock it for fifteen minutes.
 */
class AccountTests {

	private static final Duration LOCK = Duration.ofMinutes(15);

	private final Instant now = Instant.parse("2026-12-03T08:00:00Z");

	@Test
	void locksAtTheFifthFailure() {

		Account account = new Account();
		for (int failure = 1; failure < 5; failure++) {
			account.recordFailure(now, 5, LOCK);
			assertThat(account.isLockedAt(now)).isFalse();
		}

		account.recordFailure(now, 5, LOCK);

		assertThat(account.isLockedAt(now)).isTrue();
		assertThat(account.isLockedAt(now.plus(LOCK).minusSeconds(1))).isTrue();
		assertThat(account.isLockedAt(now.plus(LOCK))).isFalse();
	}

	@Test
	void startsCountingAfreshWhenTheLockHasExpired() {

		Account account = new Account();
		for (int failure = 1; failure <= 5; failure++) {
			account.recordFailure(now, 5, LOCK);
		}

		Instant later = now.plus(LOCK).plusSeconds(1);
		account.recordFailure(later, 5, LOCK);

		assertThat(account.isLockedAt(later)).isFalse();
		assertThat(account.getFailedAttempts()).isEqualTo(1);
	}

	@Test
	void successClearsTheCount() {

		Account account = new Account();
		account.recordFailure(now, 5, LOCK);
		account.recordFailure(now, 5, LOCK);

		account.recordSuccess();

		assertThat(account.getFailedAttempts()).isZero();
		assertThat(account.getLockedUntil()).isNull();
	}

}
