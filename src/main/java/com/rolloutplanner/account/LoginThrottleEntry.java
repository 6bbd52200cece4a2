package com.rolloutplanner.account;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Failed logins for one username in the current window, and until when it is locked. */
@Entity
@Table(name = "login_throttle")
class LoginThrottleEntry {

	@Id
	private String username;

	private int failures;

	private Instant windowStart;

	private Instant lockedUntil;

	protected LoginThrottleEntry() {
	}

	LoginThrottleEntry(String username) {
		this.username = username;
	}

	boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && now.isBefore(this.lockedUntil);
	}

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

	Instant getLockedUntil() {
		return this.lockedUntil;
	}

}
