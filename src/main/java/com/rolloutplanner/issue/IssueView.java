package com.rolloutplanner.issue;

import java.time.Instant;

import com.rolloutplanner.engagement.Side;

/**
 * An issue as its readers see it at a moment: who raised it for whom, its response clock
 * and its tier then, the response and the resolution.
 */
public record IssueView(Long id, Long engagementId, String title, String description, IssueSeverity severity,
		Side raisedSide, String raisedBy, Side ownerSide, Instant raisedAt, Instant responseDue, Instant executiveDue,
		EscalationTier tier, String response, String respondedBy, Instant respondedAt, String resolution,
		String resolvedBy, Instant resolvedAt) {

	static IssueView of(Issue issue, Instant now) {
		return new IssueView(issue.getId(), issue.getEngagementId(), issue.getTitle(), issue.getDescription(),
				issue.getSeverity(), issue.getRaisedSide(), issue.getRaisedBy(), issue.getOwnerSide(),
				issue.getRaisedAt(), issue.getResponseDue(), issue.getExecutiveDue(), issue.tier(now),
				issue.getResponse(), issue.getRespondedBy(), issue.getRespondedAt(), issue.getResolution(),
				issue.getResolvedBy(), issue.getResolvedAt());
	}

	public boolean open() {
		return this.resolvedAt == null;
	}

	/** Whether the owner side still owes its response. */
	public boolean awaitingResponse() {
		return this.respondedAt == null && this.resolvedAt == null;
	}

	/** Whether the response came after it was due (or has not come and is late). */
	public boolean late() {
		return this.tier.escalated();
	}

}
