package com.rolloutplanner.raid;

/** Who an issue is in front of. */
public enum EscalationTier {

	/** As raised: the people who run the service. */
	OPERATIONAL,

	/** The promised response time passed without a response. */
	STEERING_GROUP,

	/** A second full promise passed after that. */
	EXECUTIVE

}
