package com.rolloutplanner.servicelevel;

import java.math.BigDecimal;
import java.util.List;

/**
 * The service level two sides agree for a KPI: targets that rise over the first months
 * (each from a month of the journey on), the share of the month's fee credited when the
 * KPI misses its target, and how many months met in a row after a miss return its credit.
 * The months before the first step are the credit holiday: measured and judged, never
 * credited.
 *
 * @param steps the targets, each from its month on, by month (at least one)
 * @param creditPercent the share of the month's fee credited for a missed month
 * @param earnBackMonths how many months met in a row after a missed month return its
 * credit; 0 returns nothing
 */
public record GlidePath(List<Step> steps, int creditPercent, int earnBackMonths) {

	/** At most this many steps. */
	public static final int MAX_STEPS = 12;

	/** The most a missed month may credit, in percent of the month's fee. */
	public static final int MAX_CREDIT_PERCENT = 20;

	/** The most months that may be needed to earn a credit back. */
	public static final int MAX_EARN_BACK_MONTHS = 12;

	public GlidePath {
		steps = List.copyOf(steps);
		if (steps.isEmpty()) {
			throw new IllegalArgumentException("A glide path has at least one step");
		}
	}

	/** A target from a month of the journey on. */
	public record Step(int fromMonth, BigDecimal target) {
	}

	/** Whether the month is in the credit holiday (before the first step). */
	public boolean holiday(int month) {
		return month < this.steps.get(0).fromMonth();
	}

	/**
	 * The contractual target of the month: that of the latest step from that month or
	 * before; in the holiday, the first step's (what the holiday holds back).
	 */
	public BigDecimal target(int month) {
		Step found = this.steps.get(0);
		for (Step step : this.steps) {
			if (step.fromMonth() <= month) {
				found = step;
			}
		}
		return found.target();
	}

}
