package com.rolloutplanner.listing;

/**
 * How an engagement's KPIs stand on a date: of its KPIs, how many have an actual for a
 * month of the journey so far, and how the latest of each is judged against its band.
 *
 * @param kpis the KPIs of the engagement
 * @param judged the KPIs with at least one actual up to the month of the date
 * @param below those whose latest actual is below the expected band
 * @param better those whose latest actual is better than the band
 */
public record KpiState(int kpis, int judged, int below, int better) {

	public static final KpiState NONE = new KpiState(0, 0, 0, 0);

	/** The message key of the state in a word or two. */
	public String key() {
		if (this.kpis == 0) {
			return "kpiState.none";
		}
		if (this.judged == 0) {
			return "kpiState.noActuals";
		}
		return (this.below > 0) ? "kpiState.below" : "kpiState.asExpected";
	}

	/**
	 * An order from the most worrying to the calmest: the share of KPIs below their band,
	 * then those without actuals, then those without KPIs.
	 */
	public double concern() {
		if (this.kpis == 0) {
			return -2;
		}
		if (this.judged == 0) {
			return -1;
		}
		return (double) this.below / this.judged;
	}

}
