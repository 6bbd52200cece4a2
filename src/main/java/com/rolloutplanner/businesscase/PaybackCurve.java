package com.rolloutplanner.businesscase;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import com.rolloutplanner.phase.Phase;

/**
 * The money journey of an engagement: the cumulative net benefit month by month, planned
 * and actual, the payback months and the what-if curves. Plain Java: values in, curve
 * out.
 * <p>
 * Month <i>k</i> of the journey costs the planned cost of the phase that contains it
 * (months 1–3 start-up, 4–6 learning, 7–9 established, 10 on continuous development). The
 * cumulative net benefit after month <i>m</i> is the sum over <i>k</i> = 1..<i>m</i> of
 * (baseline − cost + benefit) minus the total investment; the payback month is the first
 * <i>m</i> whose cumulative is ≥ 0. A month without an actual, before the last month with
 * one, counts as planned. The projection continues the last actual with the average net
 * benefit of the last three months (fewer when fewer are recorded).
 */
public final class PaybackCurve {

	/** The curve is drawn to the contract's end, but to at least this month. */
	public static final int MIN_HORIZON = 24;

	/** ... and to at most this month. */
	public static final int MAX_HORIZON = 120;

	/** Payback months are looked for up to this month; later is "never". */
	public static final int SEARCH_LIMIT = 240;

	/** How many of the last months give the trend of the projection. */
	static final int TREND_MONTHS = 3;

	private static final BigDecimal HALF = new BigDecimal("0.5");

	private PaybackCurve() {
	}

	/**
	 * What the business case plans, per month of the journey.
	 *
	 * @param baseline the monthly cost of the service before outsourcing
	 * @param costs the planned monthly cost in each phase after go-live
	 * @param benefit the planned monthly benefit (added sales, avoided costs)
	 * @param investment the one-off investment, all of it before month 1
	 */
	public record Plan(BigDecimal baseline, Map<Phase, BigDecimal> costs, BigDecimal benefit, BigDecimal investment) {

		public Plan {
			costs = Map.copyOf(costs);
		}

		/** The planned cost of a month of the journey (1-based). */
		BigDecimal cost(int month) {
			return this.costs.get(Phase.ofMonth(month));
		}

		BigDecimal net(int month) {
			return this.baseline.subtract(cost(month)).add(this.benefit);
		}

		/**
		 * This plan with the extra monthly cost of start-up and learning over established
		 * production half as large again.
		 */
		Plan dipOneAndAHalfTimesAsDeep() {
			Map<Phase, BigDecimal> deeper = new java.util.EnumMap<>(this.costs);
			BigDecimal established = this.costs.get(Phase.ESTABLISHED);
			for (Phase phase : List.of(Phase.START_UP, Phase.LEARNING)) {
				BigDecimal extra = this.costs.get(phase).subtract(established).max(BigDecimal.ZERO);
				deeper.put(phase, this.costs.get(phase).add(extra.multiply(HALF)));
			}
			return new Plan(this.baseline, deeper, this.benefit, this.investment);
		}

	}

	/** A month's actual cost and benefit. */
	public record Actual(BigDecimal cost, BigDecimal benefit) {
	}

	/**
	 * A month of the curve: the cumulative net benefit after it as planned, as recorded
	 * (up to the last actual) and as projected (from the last actual on).
	 */
	public record Row(int month, Phase phase, BigDecimal planned, BigDecimal actual, BigDecimal projected) {
	}

	/**
	 * The curve and what it says.
	 *
	 * @param rows months 1 to the horizon
	 * @param plannedPaybackMonth the first month whose planned cumulative is ≥ 0, or
	 * {@code null} when none is before {@link #SEARCH_LIMIT}
	 * @param projectedPaybackMonth the actual payback month when reached, else the
	 * projected one; {@code null} when there are no actuals or the trend never reaches
	 * zero
	 * @param paidBack whether the actuals have reached zero
	 * @param state how the actuals stand against the plan
	 * @param longerDipPaybackMonth the payback month when the dip lasts a month longer
	 * @param deeperDipPaybackMonth the payback month when the dip is half as deep again
	 * @param startUpLoss whether the plan shows a loss in some month of start-up
	 * @param lowestPlanned the lowest planned cumulative (the bottom of the J)
	 */
	public record Curve(List<Row> rows, Integer plannedPaybackMonth, Integer projectedPaybackMonth, boolean paidBack,
			PaybackState state, Integer longerDipPaybackMonth, Integer deeperDipPaybackMonth, boolean startUpLoss,
			BigDecimal lowestPlanned, int lastActualMonth) {

		public int horizon() {
			return this.rows.size();
		}

	}

	/** How far the curve is drawn for a contract of this length. */
	public static int horizon(int contractMonths) {
		return Math.max(MIN_HORIZON, Math.min(contractMonths, MAX_HORIZON));
	}

	/** The first month whose planned cumulative is ≥ 0, or {@code null}. */
	public static Integer paybackMonth(Plan plan) {
		return paybackMonth(plan, 0);
	}

	/**
	 * The payback month when each phase before continuous development starts
	 * {@code delay} months later (month <i>k</i> costs what month <i>k</i> − delay of the
	 * plan does, the first months what month 1 does).
	 */
	private static Integer paybackMonth(Plan plan, int delay) {
		BigDecimal cumulative = plan.investment().negate();
		for (int month = 1; month <= SEARCH_LIMIT; month++) {
			cumulative = cumulative.add(plan.net(Math.max(1, month - delay)));
			if (cumulative.signum() >= 0) {
				return month;
			}
		}
		return null;
	}

	/**
	 * The planned cumulative after each month 1..horizon, with each phase before
	 * continuous development {@code delay} months longer.
	 */
	static List<BigDecimal> plannedCumulative(Plan plan, int delay, int horizon) {
		List<BigDecimal> values = new ArrayList<>();
		BigDecimal cumulative = plan.investment().negate();
		for (int month = 1; month <= horizon; month++) {
			cumulative = cumulative.add(plan.net(Math.max(1, month - delay)));
			values.add(cumulative);
		}
		return values;
	}

	/** Whether the planned cumulative is below zero after some month of start-up. */
	public static boolean startUpLoss(Plan plan) {
		BigDecimal cumulative = plan.investment().negate();
		for (int month = 1; month <= Phase.LEARNING.startMonth(); month++) {
			cumulative = cumulative.add(plan.net(month));
			if (cumulative.signum() < 0) {
				return true;
			}
		}
		return false;
	}

	public static Curve of(Plan plan, Map<Integer, Actual> actuals, int horizon) {
		SortedMap<Integer, Actual> recorded = new TreeMap<>(actuals);
		recorded.keySet().removeIf((month) -> month < 1 || month > SEARCH_LIMIT);
		int last = recorded.isEmpty() ? 0 : recorded.lastKey();
		BigDecimal[] actualNet = new BigDecimal[last + 1];
		for (int month = 1; month <= last; month++) {
			Actual actual = recorded.get(month);
			actualNet[month] = (actual != null) ? plan.baseline().subtract(actual.cost()).add(actual.benefit())
					: plan.net(month);
		}
		BigDecimal actualCumulative = plan.investment().negate();
		Integer actualPayback = null;
		for (int month = 1; month <= last; month++) {
			actualCumulative = actualCumulative.add(actualNet[month]);
			if (actualPayback == null && actualCumulative.signum() >= 0) {
				actualPayback = month;
			}
		}
		int trendMonths = Math.min(TREND_MONTHS, last);
		BigDecimal trendSum = BigDecimal.ZERO;
		for (int month = last - trendMonths + 1; month <= last; month++) {
			trendSum = trendSum.add(actualNet[month]);
		}
		Integer projected = actualPayback;
		if (last > 0 && actualPayback == null && trendSum.signum() > 0) {
			// The first whole month after the last actual whose cumulative reaches zero.
			BigDecimal months = actualCumulative.negate()
				.multiply(BigDecimal.valueOf(trendMonths))
				.divide(trendSum, 0, RoundingMode.CEILING);
			long month = last + months.longValueExact();
			projected = (month <= SEARCH_LIMIT) ? (int) month : null;
		}
		Integer planned = paybackMonth(plan);
		List<Row> rows = new ArrayList<>();
		BigDecimal plannedCumulative = plan.investment().negate();
		BigDecimal lowest = plannedCumulative;
		BigDecimal soFar = plan.investment().negate();
		for (int month = 1; month <= horizon; month++) {
			plannedCumulative = plannedCumulative.add(plan.net(month));
			lowest = lowest.min(plannedCumulative);
			BigDecimal actual = null;
			BigDecimal projection = null;
			if (month <= last) {
				soFar = soFar.add(actualNet[month]);
				actual = soFar;
				projection = (month == last) ? soFar : null;
			}
			else if (last > 0) {
				projection = actualCumulative.add(trendSum.multiply(BigDecimal.valueOf(month - last))
					.divide(BigDecimal.valueOf(trendMonths), 2, RoundingMode.HALF_UP));
			}
			rows.add(new Row(month, Phase.ofMonth(month), plannedCumulative, actual, projection));
		}
		return new Curve(List.copyOf(rows), planned, projected, actualPayback != null, state(last, planned, projected),
				paybackMonth(plan, 1), paybackMonth(plan.dipOneAndAHalfTimesAsDeep()), startUpLoss(plan), lowest, last);
	}

	static PaybackState state(int lastActual, Integer planned, Integer projected) {
		if (lastActual == 0) {
			return PaybackState.NO_ACTUALS;
		}
		if (projected == null) {
			return PaybackState.NOT_PROJECTABLE;
		}
		return (planned == null || projected <= planned) ? PaybackState.ON_PLAN : PaybackState.LATER_THAN_PLANNED;
	}

}
