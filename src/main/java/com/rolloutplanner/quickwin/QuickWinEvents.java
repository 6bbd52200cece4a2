package com.rolloutplanner.quickwin;

import com.rolloutplanner.change.EngagementChange;

/** What managers do with flags, published in the transaction of the change. */
public final class QuickWinEvents {

	private QuickWinEvents() {
	}

	public record FlagAcknowledged(Long engagementId, FlagCode code, String reason,
			String actor) implements EngagementChange {
	}

	public record AcknowledgementWithdrawn(Long engagementId, FlagCode code, String actor) implements EngagementChange {
	}

}
