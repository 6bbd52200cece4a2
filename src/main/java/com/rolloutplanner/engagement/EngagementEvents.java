package com.rolloutplanner.engagement;

import java.time.LocalDate;
import java.util.List;

/**
 * What happens to an engagement, published in the transaction of the change. The history
 * records each; later readers (meetings, notifications) listen to the same events.
 */
public final class EngagementEvents {

	private EngagementEvents() {
	}

	public record EngagementCreated(Long engagementId, String name, String actor) {
	}

	/**
	 * Fields of the terms that changed, other than the go-live date and goals moved
	 * later.
	 */
	public record EngagementChanged(Long engagementId, String actor, List<FieldChange> changes) {
	}

	public record GoLiveMoved(Long engagementId, LocalDate from, LocalDate to, String actor) {

		public long days() {
			return java.time.temporal.ChronoUnit.DAYS.between(this.from, this.to);
		}

	}

	public record GoalMovedLater(Long engagementId, GoalType goal, int fromMonth, int toMonth, String actor) {
	}

	public record EngagementDeleted(Long engagementId, String name, String clientName, String partnerName,
			String actor) {
	}

}
