package com.rolloutplanner.servicelevel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The service credits of an engagement, month by month, from its KPIs' glide paths and
 * actuals (plain Java; the one place of the rule, for the pages, the API and the report):
 * <ul>
 * <li>a month is <em>missed</em> when an actual exists and is worse than the month's
 * target in the KPI's direction (equal is met), <em>met</em> when it exists and is not
 * worse; a month without an actual is never credited;</li>
 * <li>each KPI missed outside the holiday credits its percent of the month's fee; the
 * month's total never exceeds the cap's share of the fee (a capped month shares the
 * capped amount among its KPIs in proportion);</li>
 * <li>in the holiday, what the first target would have credited (capped the same way) is
 * shown as held by the holiday, never due;</li>
 * <li>the credit of a KPI's missed month is earned back in full when that KPI is met in
 * each of the next {@code earnBackMonths} months (each with an actual).</li>
 * </ul>
 */
public final class ServiceCredits {

	/** The most the credits of one month may be, in percent of the month's fee. */
	public static final int MAX_CAP_PERCENT = 50;

	/** The cap of an engagement that has not set its own. */
	public static final int DEFAULT_CAP_PERCENT = 15;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private ServiceCredits() {
	}

	/**
	 * A KPI with its glide path and its actuals by month of the journey.
	 *
	 * @param higherIsBetter the KPI's direction
	 */
	public record Kpi(Long id, boolean higherIsBetter, GlidePath path, Map<Integer, BigDecimal> actuals) {

		/** Whether the actual of the month is worse than the target; null without one. */
		Boolean missed(int month) {
			BigDecimal actual = this.actuals.get(month);
			if (actual == null) {
				return null;
			}
			int comparison = actual.compareTo(this.path.target(month));
			return this.higherIsBetter ? comparison < 0 : comparison > 0;
		}

	}

	/**
	 * One month: its fee, the credit due, what the holiday held, the part of this month's
	 * credit returned by later months, the net, and the KPIs missed (outside the
	 * holiday).
	 */
	public record Month(int month, BigDecimal fee, BigDecimal due, BigDecimal heldByHoliday, BigDecimal earnedBack,
			List<Long> missed) {

		public BigDecimal net() {
			return this.due.subtract(this.earnedBack);
		}

	}

	/** The months and their totals. */
	public record Table(List<Month> months, BigDecimal due, BigDecimal heldByHoliday, BigDecimal earnedBack) {

		public BigDecimal net() {
			return this.due.subtract(this.earnedBack);
		}

	}

	/**
	 * The credits of months 1 up to the last month with an actual of any KPI.
	 * @param fee the month's fee (without a business case, 100: the credits are then
	 * percentages of the fee)
	 */
	public static Table of(List<Kpi> kpis, IntFunction<BigDecimal> fee, int capPercent) {
		int last = kpis.stream()
			.flatMap((kpi) -> kpi.actuals().keySet().stream())
			.mapToInt(Integer::intValue)
			.max()
			.orElse(0);
		List<Month> months = new ArrayList<>();
		BigDecimal[] totals = { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO };
		for (int m = 1; m <= last; m++) {
			Month month = month(kpis, m, fee.apply(m), capPercent, last);
			months.add(month);
			totals[0] = totals[0].add(month.due());
			totals[1] = totals[1].add(month.heldByHoliday());
			totals[2] = totals[2].add(month.earnedBack());
		}
		return new Table(List.copyOf(months), totals[0], totals[1], totals[2]);
	}

	private static Month month(List<Kpi> kpis, int m, BigDecimal fee, int capPercent, int last) {
		List<Long> missed = new ArrayList<>();
		Map<Kpi, BigDecimal> credited = new LinkedHashMap<>();
		Map<Kpi, BigDecimal> held = new LinkedHashMap<>();
		for (Kpi kpi : kpis) {
			if (Boolean.TRUE.equals(kpi.missed(m))) {
				if (!kpi.path().holiday(m)) {
					missed.add(kpi.id());
				}
				if (kpi.path().creditPercent() > 0) {
					(kpi.path().holiday(m) ? held : credited).put(kpi, percent(fee, kpi.path().creditPercent()));
				}
			}
		}
		BigDecimal cap = percent(fee, capPercent);
		Map<Kpi, BigDecimal> due = capped(credited, cap);
		BigDecimal earnedBack = BigDecimal.ZERO;
		for (Map.Entry<Kpi, BigDecimal> credit : due.entrySet()) {
			if (earnedBack(credit.getKey(), m, last)) {
				earnedBack = earnedBack.add(credit.getValue());
			}
		}
		return new Month(m, fee, sum(due), sum(capped(held, cap)), earnedBack, List.copyOf(missed));
	}

	/**
	 * The credits of the KPIs, their total cut to the cap: each then has its share of the
	 * cap in proportion to its credit, in cents (the last one takes what rounding left,
	 * so that the shares add up to the cap).
	 */
	static Map<Kpi, BigDecimal> capped(Map<Kpi, BigDecimal> credits, BigDecimal cap) {
		BigDecimal total = sum(credits);
		if (total.compareTo(cap) <= 0) {
			return credits;
		}
		Map<Kpi, BigDecimal> shares = new LinkedHashMap<>();
		BigDecimal left = cap;
		int i = 0;
		for (Map.Entry<Kpi, BigDecimal> credit : credits.entrySet()) {
			BigDecimal share = (++i == credits.size()) ? left
					: cap.multiply(credit.getValue()).divide(total, 2, RoundingMode.HALF_UP);
			shares.put(credit.getKey(), share);
			left = left.subtract(share);
		}
		return shares;
	}

	/**
	 * Whether the KPI is met in each of the {@code earnBackMonths} months after the month
	 * (each with an actual, none after the last month with any actual).
	 */
	static boolean earnedBack(Kpi kpi, int month, int last) {
		int months = kpi.path().earnBackMonths();
		if (months == 0 || month + months > last) {
			return false;
		}
		for (int m = month + 1; m <= month + months; m++) {
			if (!Boolean.FALSE.equals(kpi.missed(m))) {
				return false;
			}
		}
		return true;
	}

	private static BigDecimal percent(BigDecimal fee, int percent) {
		return fee.multiply(BigDecimal.valueOf(percent)).divide(HUNDRED);
	}

	private static BigDecimal sum(Map<Kpi, BigDecimal> amounts) {
		return amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
