package com.rolloutplanner.throttle;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleEntryTests {

	static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

	static final Duration WINDOW = Duration.ofMinutes(15);

	@Test
	void locksAfterFiveFailuresWithinFifteenMinutesForFifteenMinutes() {
		LoginThrottleEntry entry = new LoginThrottleEntry("user:kaisa@127.0.0.1", "kaisa", "127.0.0.1");
		for (int i = 0; i < 4; i++) {
			entry.recordFailure(T0.plusSeconds(60L * i), 5, WINDOW, WINDOW);
		}
		assertThat(entry.isLockedAt(T0.plusSeconds(240))).isFalse();

		entry.recordFailure(T0.plusSeconds(300), 5, WINDOW, WINDOW);

		assertThat(entry.isLockedAt(T0.plusSeconds(301))).isTrue();
		assertThat(entry.isLockedAt(T0.plusSeconds(300).plus(WINDOW).minusSeconds(1))).isTrue();
		assertThat(entry.isLockedAt(T0.plusSeconds(300).plus(WINDOW))).isFalse();
	}

	@Test
	void failuresOutsideTheWindowStartANewCount() {
		LoginThrottleEntry entry = new LoginThrottleEntry("user:kaisa@127.0.0.1", "kaisa", "127.0.0.1");
		for (int i = 0; i < 4; i++) {
			entry.recordFailure(T0, 5, WINDOW, WINDOW);
		}

		entry.recordFailure(T0.plus(WINDOW), 5, WINDOW, WINDOW);

		assertThat(entry.isLockedAt(T0.plus(WINDOW).plusSeconds(1))).isFalse();
	}

}
