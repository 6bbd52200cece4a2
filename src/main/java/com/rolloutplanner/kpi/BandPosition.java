package com.rolloutplanner.kpi;

/**
 * Where an actual stands, in terms that compare across KPIs of different units: against
 * the old level (the baseline) and against the band expected in its month, both in
 * percent of the old level and with better positive whichever way the KPI gets better.
 * The portfolio lines journeys up on these.
 *
 * @param judgement the actual against the band of its month
 * @param relativePercent how far from the old level ({@code -10} is ten percent worse);
 * {@code null} when the old level is zero
 * @param bandGapPercent how far outside the band: negative below its worst edge, positive
 * beyond its best, zero inside; {@code null} when the old level is zero
 */
public record BandPosition(Judgement judgement, Double relativePercent, Double bandGapPercent) {

	public static BandPosition of(KpiDefinition kpi, int month, double value) {
		Judgement judgement = ExpectedBand.judge(kpi, month, value);
		double scale = Math.abs(kpi.baseline());
		if (scale == 0) {
			return new BandPosition(judgement, null, null);
		}
		double sign = (kpi.direction() == Direction.HIGHER_IS_BETTER) ? 1 : -1;
		ExpectedBand band = ExpectedBand.of(kpi, month);
		double gap = switch (judgement) {
			case BELOW_EXPECTED -> sign * (value - band.worst());
			case BETTER_THAN_EXPECTED -> sign * (value - band.best());
			case AS_EXPECTED -> 0;
		};
		return new BandPosition(judgement, round(sign * (value - kpi.baseline()) * 100 / scale),
				round(gap * 100 / scale));
	}

	/**
	 * The worst level still expected in a month for a KPI of the kind with its default
	 * dip, in percent of the old level: the lower edge of the band every typical journey
	 * is drawn over ({@code -15} in start-up for quality, rising to {@code 0} by the end
	 * of learning).
	 */
	public static double expectedFloor(KpiKind kind, int month) {
		KpiDefinition typical = new KpiDefinition(kind, Direction.HIGHER_IS_BETTER, 100, 100,
				ExpectedBand.ESTABLISHED_END, kind.defaultDipPercent());
		return ExpectedBand.of(typical, month).worst() - 100;
	}

	private static double round(double percent) {
		return Math.round(percent * 10) / 10.0;
	}

}
