package com.rolloutplanner.kpi;

/** What a KPI measures: quality returns to its old level first, efficiency follows. */
public enum KpiKind {

	QUALITY(15), EFFICIENCY(25);

	private final int defaultDipPercent;

	KpiKind(int defaultDipPercent) {
		this.defaultDipPercent = defaultDipPercent;
	}

	/** How much worse than the baseline start-up may be, by default. */
	public int defaultDipPercent() {
		return this.defaultDipPercent;
	}

}
