package vn.edu.hocbaso.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins: five wrong passwords in a row lock an account for fifteen minutes. Names without an
 * account are counted the same way, in memory, so that the answers never tell whether a name exists.
 */
@Service
class LoginAttempts {

	static final int MAX_FAILURES = 5;

	static final Duration LOCK_TIME = Duration.ofMinutes(15);

	/** Bounds the memory that guessing unknown names can take; the oldest names are forgotten first. */
	private static final int MAX_UNKNOWN_NAMES = 10_000;

	private final AccountRepository accounts;

	private final Clock clock = Clock.systemUTC();

	private final Map<String, Failures> unknownNames = new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
			return size() > MAX_UNKNOWN_NAMES;
		}

	};

	LoginAttempts(AccountRepository accounts) {
		this.accounts = accounts;
	}

	/** Records a wrong password or unknown name; answers whether the name is now locked. */
	@Transactional
	boolean recordFailure(String username) {

		Instant now = clock.instant();
		String name = Usernames.normalise(username);
		Account account = accounts.findByUsername(name).orElse(null);

		if (account == null) {
			return recordUnknown(name, now);
		}
		account.recordFailure(now, MAX_FAILURES, LOCK_TIME);

		return account.isLockedAt(now);
	}

	@Transactional
	void recordSuccess(String username) {
		accounts.findByUsername(Usernames.normalise(username)).ifPresent(Account::recordSuccess);
	}

	/** How long the name stays locked from now, rounded up to whole minutes; zero when it is not locked. */
	@Transactional(readOnly = true)
	long minutesLocked(String username) {

		Instant now = clock.instant();
		String name = Usernames.normalise(username);
		Instant until = accounts.findByUsername(name).map(Account::getLockedUntil).orElseGet(() -> unknownLock(name));
		if (until == null || !until.isAfter(now)) {
			return 0;
		}

		long seconds = Duration.between(now, until).toSeconds();
		return (seconds + 59) / 60;
	}

	private Instant unknownLock(String name) {
		synchronized (unknownNames) {
			Failures failures = unknownNames.get(name);
			return failures == null ? null : failures.lockedUntil();
		}
	}

	private boolean recordUnknown(String username, Instant now) {
		synchronized (unknownNames) {
			Failures failures = unknownNames.getOrDefault(username, Failures.NONE).next(now);
			unknownNames.put(username, failures);
			return failures.lockedAt(now);
		}
	}

	private record Failures(int count, Instant lockedUntil) {

		static final Failures NONE = new Failures(0, null);

		boolean lockedAt(Instant now) {
			return lockedUntil != null && lockedUntil.isAfter(now);
		}

		/** Like an account: a locked name stays locked until its time is up, then counts afresh. */
		Failures next(Instant now) {
			if (lockedAt(now)) {
				return this;
			}
			int counted = (lockedUntil != null) ? 1 : count + 1;
			return new Failures(counted, counted >= MAX_FAILURES ? now.plus(LOCK_TIME) : null);
		}

	}

}
