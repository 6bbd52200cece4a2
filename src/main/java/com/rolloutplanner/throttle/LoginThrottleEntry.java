package com.rolloutplanner.throttle;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Failed logins of one key (a username from one address, or one address) in the current
 * window, and until when the key is locked.
 */
@Entity
@Table(name = "login_throttle")
class LoginThrottleEntry {

	@Id
	private String throttleKey;

	private String username;

	private String address;

	private int failures;

	private Instant windowStart;

	private Instant lockedUntil;

	protected LoginThrottleEntry() {
	}

	LoginThrottleEntry(String throttleKey, String username, String address) {
		this.throttleKey = throttleKey;
		this.username = username;
		this.address = address;
	}

	boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && now.isBefore(this.lockedUntil);
	}

	/**
	 * Counts one attempt as failed until it succeeds; the key locks when the limit is
	 * reached within the window.
	 */
	void recordFailure(Instant now, int limit, Duration window, Duration lock) {
		if (this.windowStart == null || !now.isBefore(this.windowStart.plus(window))) {
			this.windowStart = now;
			this.failures = 0;
		}
		this.failures++;
		if (this.failures >= limit) {
			this.lockedUntil = now.plus(lock);
			this.failures = 0;
			this.windowStart = null;
		}
	}

	String getUsername() {
		return this.username;
	}

	String getAddress() {
		return this.address;
	}

	Instant getLockedUntil() {
		return this.lockedUntil;
	}

}
