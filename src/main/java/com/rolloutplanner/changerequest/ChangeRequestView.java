package com.rolloutplanner.changerequest;

import java.time.Instant;

import com.rolloutplanner.engagement.Side;

/**
 * A change request as its readers see it, with the decision that decided it (its text and
 * meeting) once there is one.
 */
public record ChangeRequestView(Long id, Long engagementId, ChangeArea area, String title, String description,
		String costEffect, String timeEffect, String kpiEffect, Side requestedSide, String requestedBy,
		Instant requestedAt, ChangeStatus status, DecisionSource.DecisionRef decision, String decidedBy,
		Instant decidedAt) {

	static ChangeRequestView of(ChangeRequest change, DecisionSource.DecisionRef decision) {
		ChangeTerms terms = change.terms();
		return new ChangeRequestView(change.getId(), change.getEngagementId(), terms.area(), terms.title(),
				terms.description(), terms.costEffect(), terms.timeEffect(), terms.kpiEffect(),
				change.getRequestedSide(), change.getRequestedBy(), change.getRequestedAt(), change.getStatus(),
				decision, change.getDecidedBy(), change.getDecidedAt());
	}

	/** The text of the deciding decision, or none. */
	public String decisionText() {
		return (this.decision != null) ? this.decision.text() : null;
	}

	/** Whether it was approved and changes what the terms annex says. */
	public boolean changesTheAnnex() {
		return this.status == ChangeStatus.APPROVED && this.area.touchesTerms();
	}

}
