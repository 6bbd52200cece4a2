package com.rolloutplanner.businesscase;

/** How the planned monthly cost under outsourcing is given. */
public enum CostModel {

	/** A cost for each phase after go-live. */
	PER_PHASE,
	/** A steady monthly fee, with a surcharge during start-up. */
	STEADY_FEE

}
