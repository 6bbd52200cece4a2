package com.rolloutplanner.issue;

import java.time.Instant;

/** Who an issue is in front of. */
public enum EscalationTier {

	/** As raised: the people who run the service. */
	OPERATIONAL,

	/** The promised response time passed without a response. */
	STEERING_GROUP,

	/** A second full promise passed after that. */
	EXECUTIVE;

	/**
	 * The tier of an issue whose response is due at one moment and whose second promise
	 * ends at another, at a moment: the first response (or the end of the issue) stops
	 * the clock, so {@code clock} is that moment once it has come.
	 */
	public static EscalationTier at(Instant responseDue, Instant executiveDue, Instant clock) {
		if (!clock.isAfter(responseDue)) {
			return OPERATIONAL;
		}
		return clock.isAfter(executiveDue) ? EXECUTIVE : STEERING_GROUP;
	}

	/** Whether the issue has left the people who run the service. */
	public boolean escalated() {
		return this != OPERATIONAL;
	}

}
