package com.rolloutplanner.changerequest;

import com.rolloutplanner.change.EngagementChange;
import com.rolloutplanner.engagement.Side;

/** What happens to change requests, published in the transaction of the change. */
public final class ChangeRequestEvents {

	private ChangeRequestEvents() {
	}

	/** A side asked for a change. */
	public record ChangeRequested(Long engagementId, Long changeId, String title, ChangeArea area, Side side,
			String actor) implements EngagementChange {
	}

	/** A meeting decision approved or rejected a change request. */
	public record ChangeDecided(Long engagementId, Long changeId, String title, boolean approved, boolean touchesTerms,
			String actor) implements EngagementChange {
	}

}
