package com.rolloutplanner.demo;

import java.util.List;
import java.util.Optional;

/**
 * Generated history for the demo portfolio, marked as such in each name and description:
 * journeys that went live between 9 and 20 months ago, their start-up dips shallower or
 * deeper than the rule of thumb, so that the portfolio and "month N in every journey"
 * have several journeys to line up on the first start.
 */
final class DemoHistory {

	/** What marks a generated journey's name. */
	static final String MARK = "Sample history: ";

	/** What its description says. */
	static final String DESCRIPTION = "Generated history for the demo portfolio, not a real journey.";

	/**
	 * A generated journey: its parties, how many months ago it went live, and how deep
	 * its start-up dip was against the demo's usual one (1 is the same; above 1.5 it fell
	 * below the band and its client did not sign the gates).
	 */
	record Sample(String name, String client, String partner, int monthsAgo, double depth) {

		boolean dipInside() {
			return this.depth <= 1.5;
		}

	}

	static final List<Sample> SAMPLES = List.of(
			new Sample(MARK + "Meter reading desk", "Aurora Energy", "Nordic Contact Partners", 9, 0.6),
			new Sample(MARK + "Moving-home service", "Aurora Energy", "Nordic Contact Partners", 12, 1.3),
			new Sample(MARK + "Invoice questions", "Aurora Energy", "Nordic Contact Partners", 16, 1.0),
			new Sample(MARK + "Contract renewals", "Aurora Energy", "Helmi Service", 20, 1.8));

	static Optional<Sample> named(String name) {
		return SAMPLES.stream().filter((sample) -> sample.name().equals(name)).findFirst();
	}

	private DemoHistory() {
	}

}
