package com.rolloutplanner.commitments;

import com.rolloutplanner.change.EngagementChange;
import com.rolloutplanner.engagement.Side;

/**
 * What happens to the gates and the charter, published in the transaction of the change.
 */
public final class CommitmentEvents {

	private CommitmentEvents() {
	}

	/** {@code complete}: both sides have now signed. */
	public record GateSigned(Long engagementId, GateType gate, Side side, boolean complete,
			String actor) implements EngagementChange {
	}

	/** Criteria {@code null} stand for the product's recommended criteria. */
	public record GateCriteriaChanged(Long engagementId, GateType gate, String before, String after,
			boolean signOffsUndone, String actor) implements EngagementChange {
	}

	/** {@code complete}: both sides have now signed. */
	public record CharterSigned(Long engagementId, Side side, boolean complete,
			String actor) implements EngagementChange {
	}

}
