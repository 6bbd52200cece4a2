package com.rolloutplanner.engagement;

/**
 * Where an engagement is before its journey: a proposal whose terms are being negotiated,
 * a proposal closed because the client chose another partner's for the same service, or
 * signed by both sides (and then in the phases after go-live).
 */
public enum Stage {

	PROPOSAL, NOT_CHOSEN, SIGNED;

	/** Whether it is a proposal, open or closed. */
	public boolean isProposal() {
		return this != SIGNED;
	}

}
