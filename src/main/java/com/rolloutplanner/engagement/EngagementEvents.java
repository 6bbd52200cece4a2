package com.rolloutplanner.engagement;

import com.rolloutplanner.change.EngagementChange;
import com.rolloutplanner.change.PlanChange;

import java.time.LocalDate;
import java.util.List;

/**
 * What happens to an engagement, published in the transaction of the change. The history
 * records each; later readers (meetings, notifications) listen to the same events.
 */
public final class EngagementEvents {

	private EngagementEvents() {
	}

	public record EngagementCreated(Long engagementId, String name, String actor) implements PlanChange {
	}

	/**
	 * Fields of the terms that changed, other than the go-live date and goals moved
	 * later.
	 */
	public record EngagementChanged(Long engagementId, String actor, List<FieldChange> changes) implements PlanChange {
	}

	public record GoLiveMoved(Long engagementId, LocalDate from, LocalDate to,
			String actor) implements EngagementChange {

		public long days() {
			return java.time.temporal.ChronoUnit.DAYS.between(this.from, this.to);
		}

	}

	public record GoalMovedLater(Long engagementId, GoalType goal, int fromMonth, int toMonth,
			String actor) implements EngagementChange {
	}

	/**
	 * The client chose this proposal over the others of the same service (now not
	 * chosen); it signs nothing yet.
	 */
	public record ProposalChosen(Long engagementId, int othersClosed, String actor) implements EngagementChange {
	}

	/** The client chose another partner's proposal for the same service. */
	public record ProposalNotChosen(Long engagementId, String chosenPartner, String actor) implements EngagementChange {
	}

	/** Both sides signed the terms: the proposal is an engagement on its journey. */
	public record ProposalSigned(Long engagementId, String actor) implements EngagementChange {
	}

	public record EngagementDeleted(Long engagementId, String name, String clientName, String partnerName,
			String actor) implements EngagementChange {
	}

}
