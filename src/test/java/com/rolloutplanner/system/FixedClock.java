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

}
