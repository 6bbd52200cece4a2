package com.rolloutplanner.businesscase;

/**
 * How the actual money journey stands against the plan; the names are part of the API.
 */
public enum PaybackState {

	/** Paid back, or projected to pay back, no later than planned. */
	ON_PLAN,
	/** Paid back, or projected to pay back, later than planned. */
	LATER_THAN_PLANNED,
	/** The trend of the last months never reaches zero. */
	NOT_PROJECTABLE,
	/** No month has an actual yet. */
	NO_ACTUALS;

	/** The state of the name ({@link #name()}), or {@code null} for none. */
	public static PaybackState named(String name) {
		return (name != null) ? valueOf(name) : null;
	}

}
