package com.rolloutplanner.changerequest;

/** What a change request changes. */
public enum ChangeArea {

	SCOPE, VOLUME, CHANNEL, KPI_TARGET, TIMELINE, SERVICE_LEVEL;

	/**
	 * Whether a change of the area changes what the terms annex says (the timeline, the
	 * targets, the service levels, the scope): once approved and written into the terms,
	 * both sides sign the annex's next version.
	 */
	public boolean touchesTerms() {
		return this != VOLUME && this != CHANNEL;
	}

}
