package com.rolloutplanner.system;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

/** Today in the product's time zone, from the one clock. */
@Component
public class TimeSource {

	private final Clock clock;

	TimeSource(Clock clock) {
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** The wall-clock time now in the product's time zone. */
	public java.time.LocalDateTime now() {
		return java.time.LocalDateTime.now(this.clock);
	}

}
