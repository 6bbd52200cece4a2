package com.rolloutplanner.risk;

import java.time.LocalDate;

import com.rolloutplanner.engagement.Side;

/**
 * What a risk says: its title, likelihood and impact (1-5 each), owner side, mitigation,
 * next review date and status ({@code null} when adding: open).
 */
public record RiskTerms(String title, int likelihood, int impact, Side ownerSide, String mitigation,
		LocalDate reviewDate, RiskStatus status) {

	/** The lowest and highest likelihood or impact. */
	public static final int LOWEST = 1;

	public static final int HIGHEST = 5;

	/** A score from this up is high: shown first and counted in the report. */
	public static final int HIGH_SCORE = 15;

	/** Likelihood times impact, 1 to 25. */
	public int score() {
		return this.likelihood * this.impact;
	}

}
