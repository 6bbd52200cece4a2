package com.rolloutplanner.raid;

import java.time.Instant;
import java.util.List;

import com.rolloutplanner.change.EngagementChange;
import com.rolloutplanner.engagement.Side;

/** What happens to the log of issues, published in the transaction of the change. */
public final class RaidEvents {

	private RaidEvents() {
	}

	/** A side raised an issue for a side to answer by when it is due. */
	public record IssueRaised(Long engagementId, Long issueId, String title, IssueSeverity severity, Side raisedSide,
			Side ownerSide, Instant responseDue, String actor) implements EngagementChange {
	}

	/** The owner side responded to an issue, in time or late. */
	public record IssueResponded(Long engagementId, Long issueId, String title, Side side, boolean late,
			String actor) implements EngagementChange {
	}

	/** An issue was resolved. */
	public record IssueResolved(Long engagementId, Long issueId, String title,
			String actor) implements EngagementChange {
	}

	/**
	 * An issue's promised response time passed without a response: it is in front of the
	 * steering group, or after a second full promise the executives.
	 */
	public record IssueEscalated(Long engagementId, Long issueId, String title, IssueSeverity severity, Side ownerSide,
			EscalationTier tier) implements EngagementChange {
	}

	/** Both sides' promised response times changed: each as before and after. */
	public record ResponseTimesChanged(Long engagementId, List<Changed> changes,
			String actor) implements EngagementChange {

		/** One severity's promise before and after. */
		public record Changed(IssueSeverity severity, ResponsePromise before, ResponsePromise after) {
		}

	}

	/** A side added a risk. */
	public record RiskAdded(Long engagementId, Long riskId, String title, int likelihood, int impact, Side ownerSide,
			String actor) implements EngagementChange {
	}

	/** A risk changed: each field as before and after. */
	public record RiskChanged(Long engagementId, Long riskId, String title,
			List<com.rolloutplanner.engagement.FieldChange> changes, String actor) implements EngagementChange {
	}

	/** A risk happened and became an issue. */
	public record RiskHappened(Long engagementId, Long riskId, String title, Long issueId,
			String actor) implements EngagementChange {
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
