package com.rolloutplanner.issue;

import java.time.Instant;
import java.util.List;

import com.rolloutplanner.change.ChangedPart;
import com.rolloutplanner.change.WorkChange;
import com.rolloutplanner.engagement.Side;

/** What happens to the log of issues, published in the transaction of the change. */
public final class IssueEvents {

	private IssueEvents() {
	}

	/** A change to the issues, whose responses are due. */
	public interface IssueChange extends WorkChange {

		@Override
		default java.util.Set<ChangedPart> changedParts() {
			return java.util.EnumSet.of(ChangedPart.ISSUES, ChangedPart.DUE_DATES);
		}

	}

	/** A side raised an issue for a side to answer by when it is due. */
	public record IssueRaised(Long engagementId, Long issueId, String title, IssueSeverity severity, Side raisedSide,
			Side ownerSide, Instant responseDue, String actor) implements IssueChange {
	}

	/** The owner side responded to an issue, in time or late. */
	public record IssueResponded(Long engagementId, Long issueId, String title, Side side, boolean late,
			String actor) implements IssueChange {
	}

	/** An issue was resolved. */
	public record IssueResolved(Long engagementId, Long issueId, String title, String actor) implements IssueChange {
	}

	/**
	 * An issue's promised response time passed without a response: it is in front of the
	 * steering group, or after a second full promise the executives.
	 */
	public record IssueEscalated(Long engagementId, Long issueId, String title, IssueSeverity severity, Side ownerSide,
			EscalationTier tier) implements IssueChange {
	}

	/** Both sides' promised response times changed: each as before and after. */
	public record ResponseTimesChanged(Long engagementId, List<Changed> changes, String actor) implements IssueChange {

		/** One severity's promise before and after. */
		public record Changed(IssueSeverity severity, ResponsePromise before, ResponsePromise after) {
		}

	}

}
