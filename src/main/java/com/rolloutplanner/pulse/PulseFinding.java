package com.rolloutplanner.pulse;

/** What the latest pulse says, with how much it matters. */
public enum PulseFinding {

	/**
	 * A side's score fell by half a point or more, or is 3.0 or less, while no KPI is
	 * below its expected band: the numbers look fine, the cooperation does not.
	 */
	COOPERATION_FALLING(true),

	/**
	 * The same fall or low score while some KPI is below its band: the dip shows in the
	 * relationship.
	 */
	COOPERATION_STRAINED(false),

	/** The two sides' scores differ by a point or more. */
	ONE_SIDED(false),

	/** A pulse month more than 14 days past without an answer from one side. */
	NO_PULSE(false);

	private final boolean critical;

	PulseFinding(boolean critical) {
		this.critical = critical;
	}

	public boolean isCritical() {
		return this.critical;
	}

}
