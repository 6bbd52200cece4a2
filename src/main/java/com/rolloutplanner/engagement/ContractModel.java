package com.rolloutplanner.engagement;

/** How the client commits to the partner. */
public enum ContractModel {

	/** A long-term partnership. */
	PARTNERSHIP,
	/** A contract for a fixed number of months. */
	FIXED_TERM,
	/** A pilot or a trial period. */
	PILOT

}
