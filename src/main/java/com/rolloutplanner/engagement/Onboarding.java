package com.rolloutplanner.engagement;

import java.math.BigDecimal;

/**
 * What an engagement invests in onboarding, one fact of its terms: the hours of both
 * sides' people and a budget. The quick-win flags, the business case (which values the
 * hours at its hourly rate) and the report all read it from here.
 *
 * @param hours hours of both sides' people, if planned
 * @param budget the one-off budget, if planned, in the business case's currency (euros
 * without one)
 */
public record Onboarding(Integer hours, Long budget) {

	public static final Onboarding NONE = new Onboarding(null, null);

	/** Whether there are hours or a budget. */
	public boolean invests() {
		return (this.hours != null && this.hours > 0) || (this.budget != null && this.budget > 0);
	}

	public int hoursOrZero() {
		return (this.hours != null) ? this.hours : 0;
	}

	public BigDecimal budgetOrZero() {
		return (this.budget != null) ? BigDecimal.valueOf(this.budget) : BigDecimal.ZERO;
	}

}
