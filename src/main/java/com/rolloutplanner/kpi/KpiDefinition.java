package com.rolloutplanner.kpi;

/**
 * A KPI as the band needs it, in plain values.
 *
 * @param kind quality or efficiency
 * @param direction which way is better
 * @param baseline the level before outsourcing
 * @param target the level to reach
 * @param targetMonth the month after go-live by which the target should be reached
 * @param allowedDipPercent how much worse than the baseline start-up may be
 */
public record KpiDefinition(KpiKind kind, Direction direction, double baseline, double target, int targetMonth,
		double allowedDipPercent) {

	/** The worst level start-up may reach: the baseline made worse by the allowed dip. */
	public double dipLevel() {
		double dip = Math.abs(this.baseline) * this.allowedDipPercent / 100;
		return this.direction.improve(this.baseline, -dip);
	}

	/**
	 * The month by which the target is expected: month 9, or the target month if later.
	 */
	public int targetReachedMonth() {
		return Math.max(ExpectedBand.ESTABLISHED_END, this.targetMonth);
	}

}
