package com.rolloutplanner.account;

import java.time.Clock;
import java.time.Duration;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * After {@value #LIMIT} failed logins for one username within 15 minutes, further
 * attempts for it are refused for 15 minutes; a success resets the count. Kept in the
 * database, so it holds across restarts and instances.
 */
@Service
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class LoginThrottle {

	static final int LIMIT = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration LOCK = Duration.ofMinutes(15);

	private final LoginThrottleRepository repository;

	private final Clock clock;

	LoginThrottle(LoginThrottleRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public boolean isLocked(String username) {
		return this.repository.findById(key(username))
			.map((entry) -> entry.isLockedAt(this.clock.instant()))
			.orElse(false);
	}

	public void recordFailure(String username) {
		LoginThrottleEntry entry = this.repository.findById(key(username))
			.orElseGet(() -> new LoginThrottleEntry(key(username)));
		entry.recordFailure(this.clock.instant(), LIMIT, WINDOW, LOCK);
		this.repository.save(entry);
	}

	public void recordSuccess(String username) {
		if (this.repository.findById(key(username)).isPresent()) {
			this.repository.deleteById(key(username));
		}
	}

	private static String key(String username) {
		String normalised = UserAccount.normalise((username != null) ? username : "");
		return normalised.length() > 100 ? normalised.substring(0, 100) : normalised;
	}

}
