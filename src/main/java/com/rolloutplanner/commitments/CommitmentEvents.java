package com.rolloutplanner.commitments;

import java.time.Instant;

import com.rolloutplanner.change.EngagementChange;
import com.rolloutplanner.engagement.Side;

/**
 * What happens to the gates and the terms annex, published in the transaction of the
 * change.
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

	/**
	 * {@code complete}: both sides have now signed this version of the terms annex;
	 * {@code at}: when this signature was given.
	 */
	public record AnnexSigned(Long engagementId, int version, Side side, boolean complete, String actor,
			Instant at) implements EngagementChange {
	}

	/**
	 * The terms changed after both sides had signed this version of the annex: the next
	 * version needs both signatures. Published as the change commits, when the
	 * transaction's own listeners have run: heard by plain listeners only.
	 */
	public record AnnexOutdated(Long engagementId, int version, String actor) {
	}

}
