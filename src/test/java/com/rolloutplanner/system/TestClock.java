package com.rolloutplanner.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The one clock of the integration tests, shared by every test of a Spring context: it
 * stands at the tests' moment ({@link FixedClock}) unless a test sets it elsewhere or
 * lets it run, and it is set back before every test method ({@link TestClockReset}).
 */
public final class TestClock extends Clock {

	private volatile Instant fixed;

	private volatile Instant runningFrom;

	private volatile long runningOrigin;

	public TestClock() {
		reset();
	}

	/** Back to the tests' moment, standing still. */
	public void reset() {
		this.fixed = FixedClock.clock().instant();
		this.runningFrom = null;
	}

	/** Stands still at the moment. */
	public void set(Instant instant) {
		this.fixed = instant;
		this.runningFrom = null;
	}

	/**
	 * Runs from the day before the tests' day: for tests that need time to pass between
	 * two steps, whose entries then sort before those of the tests' day.
	 */
	public void run() {
		this.runningOrigin = System.nanoTime();
		this.runningFrom = FixedClock.TODAY.minusDays(1).atTime(12, 0).atZone(FixedClock.ZONE).toInstant();
	}

	@Override
	public ZoneId getZone() {
		return FixedClock.ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(instant(), zone);
	}

	@Override
	public Instant instant() {
		Instant from = this.runningFrom;
		return (from != null) ? from.plusNanos(System.nanoTime() - this.runningOrigin) : this.fixed;
	}

}
