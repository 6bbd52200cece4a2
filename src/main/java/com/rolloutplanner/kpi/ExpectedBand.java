package com.rolloutplanner.kpi;

/**
 * What is expected of a KPI in a month of the journey, from the rule of thumb of the
 * source article:
 * <ul>
 * <li>start-up (months 1–3): anything from the allowed dip up to the baseline; a dip
 * inside the band is expected, not a failure;</li>
 * <li>learning (4–6): quality climbs back to the baseline by the end of month 6; the
 * worst expected level rises from the dip to the baseline, and the first steps towards
 * the target (a quarter of the way by month 6) are as expected, not better;</li>
 * <li>established production (7 up to the month before the KPI's target month, month 9 by
 * default): anything from the baseline to the target is on the way to the goal;</li>
 * <li>from the target month on: at or beyond the target, open-ended.</li>
 * </ul>
 *
 * @param worst the worst value still as expected
 * @param best the value beyond which the month is better than expected; {@code null} when
 * anything at or beyond the worst is as expected
 */
public record ExpectedBand(double worst, Double best) {

	static final int START_UP_END = 3;

	static final int LEARNING_END = 6;

	static final int ESTABLISHED_END = 9;

	/**
	 * The share of the way to the target that is expected to be covered in learning.
	 */
	private static final double FIRST_STEPS = 0.25;

	public static ExpectedBand of(KpiDefinition kpi, int month) {
		double baseline = kpi.baseline();
		double target = kpi.target();
		if (month <= START_UP_END) {
			return new ExpectedBand(kpi.dipLevel(), baseline);
		}
		if (month <= LEARNING_END) {
			double share = (month - START_UP_END) / (double) (LEARNING_END - START_UP_END);
			double worst = between(kpi.dipLevel(), baseline, share);
			double best = between(baseline, target, FIRST_STEPS * share);
			return new ExpectedBand(worst, best);
		}
		if (month < kpi.targetReachedMonth()) {
			return new ExpectedBand(baseline, target);
		}
		return new ExpectedBand(target, null);
	}

	/**
	 * Judges an actual value: beyond the best, within the band, or worse than the worst.
	 */
	public static Judgement judge(KpiDefinition kpi, int month, double value) {
		ExpectedBand band = of(kpi, month);
		Direction direction = kpi.direction();
		if (direction.better(band.worst(), value)) {
			return Judgement.BELOW_EXPECTED;
		}
		if (band.best() != null && direction.better(value, band.best())) {
			return Judgement.BETTER_THAN_EXPECTED;
		}
		return Judgement.AS_EXPECTED;
	}

	/** The lower edge in value terms; {@code null} when open downwards. */
	public Double low(Direction direction) {
		return (direction == Direction.HIGHER_IS_BETTER) ? Double.valueOf(this.worst) : this.best;
	}

	/** The upper edge in value terms; {@code null} when open upwards. */
	public Double high(Direction direction) {
		return (direction == Direction.HIGHER_IS_BETTER) ? this.best : Double.valueOf(this.worst);
	}

	private static double between(double from, double to, double share) {
		return from + (to - from) * share;
	}

}
