package com.rolloutplanner.system;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** The clock of the tests: 27 November 2026 at noon in Helsinki. */
public final class FixedClock {

	public static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

	public static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

	private FixedClock() {
	}

	public static Clock clock() {
		return Clock.fixed(TODAY.atTime(12, 0).atZone(ZONE).toInstant(), ZONE);
	}

	/**
	 * A clock that runs, from the day before the tests' day: for tests that need time to
	 * pass between two steps (what happened before a moment), whose entries then sort
	 * before those of the tests' day.
	 */
	public static Clock running() {
		java.time.Instant start = TODAY.minusDays(1).atTime(12, 0).atZone(ZONE).toInstant();
		long origin = System.nanoTime();
		return new Clock() {

			@Override
			public ZoneId getZone() {
				return ZONE;
			}

			@Override
			public Clock withZone(ZoneId zone) {
				return this;
			}

			@Override
			public java.time.Instant instant() {
				return start.plusNanos(System.nanoTime() - origin);
			}

		};
	}

}
