package com.rolloutplanner.risk;

import java.time.Instant;
import java.time.LocalDate;

import com.rolloutplanner.due.DueState;

/**
 * A risk as its readers see it on a date: its terms and score, whether its review is due,
 * who added it, and the issue it became if it happened.
 */
public record RiskView(Long id, Long engagementId, RiskTerms terms, DueState reviewState, String createdBy,
		Instant createdAt, Long issueId, long version) {

	static RiskView of(Risk risk, LocalDate today) {
		RiskTerms terms = risk.terms();
		DueState state = DueState.of(terms.reviewDate(), terms.status() != RiskStatus.OPEN, today);
		return new RiskView(risk.getId(), risk.getEngagementId(), terms, state, risk.getCreatedBy(),
				risk.getCreatedAt(), risk.getIssueId(), risk.getVersion());
	}

	public int score() {
		return this.terms.score();
	}

	public boolean high() {
		return score() >= RiskTerms.HIGH_SCORE;
	}

}
