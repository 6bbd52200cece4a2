package com.rolloutplanner.listing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import java.util.concurrent.Semaphore;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.account.Access;

/**
 * The months of the journeys as the listing keeps them (one row per KPI actual): how each
 * month stood for some engagements, and the typical journey of a reader's portfolio, the
 * quartiles computed in the database over the visible engagements, one value per journey,
 * month and kind (the mean of its KPIs of that kind), only for months each journey had
 * completed on the date.
 */
@Service
@Transactional(readOnly = true)
public class JourneyMonths {

	/** The last month of the journey the portfolio reads. */
	public static final int LAST_MONTH = 60;

	/**
	 * How many typical journeys are worked out at once: each holds the KPI months of a
	 * whole portfolio in the database's memory (at 100,000 engagements, sixteen at once
	 * ran an embedded database out of a 512 MB heap); the others wait their turn.
	 */
	static final int AT_ONCE = 2;

	private final JdbcClient jdbc;

	private final Cache kept;

	private final Semaphore working = new Semaphore(AT_ONCE, true);

	JourneyMonths(JdbcClient jdbc, CacheManager caches) {
		this.jdbc = jdbc;
		this.kept = caches.getCache(Listings.CACHE);
	}

	/**
	 * How the KPIs of a month stood: how many actuals below, as and better than expected.
	 */
	public record MonthState(int below, int asExpected, int better) {

		/** The state in a word: {@code below}, {@code better} or {@code expected}. */
		public String state() {
			if (this.below > 0) {
				return "below";
			}
			return (this.asExpected > 0) ? "expected" : "better";
		}

	}

	/** How the KPIs of each engagement stood, month by month (months 1 to 60). */
	public Map<Long, Map<Integer, MonthState>> states(Collection<Long> engagementIds) {
		Map<Long, Map<Integer, MonthState>> states = new HashMap<>();
		if (engagementIds.isEmpty()) {
			return states;
		}
		this.jdbc.sql(
				"select engagement_id, journey_month as m, sum(case when judgement = 'BELOW_EXPECTED' then 1 else 0 end) as b, "
						+ "sum(case when judgement = 'AS_EXPECTED' then 1 else 0 end) as a, "
						+ "sum(case when judgement = 'BETTER_THAN_EXPECTED' then 1 else 0 end) as g "
						+ "from listing_kpi_month where engagement_id in (:ids) and journey_month <= :last "
						+ "group by engagement_id, journey_month")
			.param("ids", engagementIds)
			.param("last", LAST_MONTH)
			.query((rs, row) -> states.computeIfAbsent(rs.getLong("engagement_id"), (id) -> new TreeMap<>())
				.put(rs.getInt("m"), new MonthState(rs.getInt("b"), rs.getInt("a"), rs.getInt("g"))))
			.list();
		return states;
	}

	/** One KPI actual of a month: where it stood against the old level and the band. */
	public record KpiMonth(Long engagementId, String kpiName, String kind, String judgement, Double relativePercent,
			Double bandGapPercent) {
	}

	/** The KPI actuals of a month of the journey of each engagement, by KPI name. */
	public Map<Long, List<KpiMonth>> month(Collection<Long> engagementIds, int month) {
		Map<Long, List<KpiMonth>> months = new HashMap<>();
		if (engagementIds.isEmpty()) {
			return months;
		}
		this.jdbc
			.sql("select engagement_id, kpi_name, kind, judgement, relative_percent, band_gap_percent "
					+ "from listing_kpi_month where engagement_id in (:ids) and journey_month = :month "
					+ "order by engagement_id, kind desc, lower(kpi_name), kpi_id")
			.param("ids", engagementIds)
			.param("month", month)
			.query((rs, row) -> months.computeIfAbsent(rs.getLong("engagement_id"), (id) -> new ArrayList<>())
				.add(new KpiMonth(rs.getLong("engagement_id"), rs.getString("kpi_name"), rs.getString("kind"),
						rs.getString("judgement"), rs.getObject("relative_percent", Double.class),
						rs.getObject("band_gap_percent", Double.class))))
			.list();
		return months;
	}

	/**
	 * The typical journey of a month and kind: how many journeys, the quartiles of where
	 * they stood against the old level, the median of how far outside the band, and how
	 * many were below it.
	 */
	public record Typical(String kind, int month, int journeys, double lowerQuartile, double median,
			double upperQuartile, double medianBandGap, int belowBand) {
	}

	/**
	 * The typical journey of the reader's portfolio on the date, month by month for both
	 * kinds, from the journeys the reader may see (signed, each month only once the
	 * journey completed it): worked out once for a state of the reader's listing, those
	 * asking for the same state meanwhile waiting for it, and then kept with the lists
	 * read for that state ({@link ListingCache}).
	 */
	public List<Typical> typical(ListingState state, LocalDate asOf) {
		if (!state.kept()) {
			return typical(state.access(), asOf, null, null, null);
		}
		return this.kept.get(new Typicals(state, asOf), () -> typical(state.access(), asOf, null, null, null));
	}

	private record Typicals(ListingState state, LocalDate asOf) {
	}

	/**
	 * The typical month of a kind of KPI in the reader's other journeys (the engagement
	 * left out), or nothing when fewer than three reached it.
	 */
	public java.util.Optional<Typical> typicalOfOthers(Access access, LocalDate asOf, Long engagementId, String kind,
			int month) {
		return typical(access, asOf, engagementId, kind, month).stream()
			.filter((typical) -> typical.journeys() >= 3)
			.findFirst();
	}

	private List<Typical> typical(Access access, LocalDate asOf, Long without, String kind, Integer month) {
		String sql = "select x.kind, x.month_of_journey, count(*) as journeys, "
				+ "percentile_cont(0.25) within group (order by x.rel) as q1, "
				+ "percentile_cont(0.5) within group (order by x.rel) as q2, "
				+ "percentile_cont(0.75) within group (order by x.rel) as q3, "
				+ "percentile_cont(0.5) within group (order by x.gap) as gap, "
				+ "sum(case when x.gap < 0 then 1 else 0 end) as below "
				+ "from (select m.engagement_id, m.kind, m.journey_month as month_of_journey, avg(m.relative_percent) as rel, "
				+ "avg(m.band_gap_percent) as gap from listing_kpi_month m "
				+ "join engagement_listing l on l.engagement_id = m.engagement_id where " + Listings.visible(access)
				+ " and l.stage = 'SIGNED' and m.relative_percent is not null and m.journey_month <= :last "
				+ "and m.journey_month <= " + Listings.monthsCompleted("l")
				+ ((without != null) ? " and m.engagement_id <> :without" : "")
				+ ((kind != null) ? " and m.kind = :kind" : "")
				+ ((month != null) ? " and m.journey_month = :journeyMonth" : "")
				+ " group by m.engagement_id, m.kind, m.journey_month) x group by x.kind, x.month_of_journey "
				+ "order by x.kind, x.month_of_journey";
		this.working.acquireUninterruptibly();
		try {
			return typicalRows(sql, access, asOf, without, kind, month);
		}
		finally {
			this.working.release();
		}
	}

	private List<Typical> typicalRows(String sql, Access access, LocalDate asOf, Long without, String kind,
			Integer month) {
		return Listings.params(this.jdbc.sql(sql), access, asOf)
			.param("last", LAST_MONTH)
			.param("without", (without != null) ? without : -1L)
			.param("kind", (kind != null) ? kind : "")
			.param("journeyMonth", (month != null) ? month : 0)
			.query((rs, row) -> new Typical(rs.getString("kind"), rs.getInt("month_of_journey"), rs.getInt("journeys"),
					round(rs.getDouble("q1")), round(rs.getDouble("q2")), round(rs.getDouble("q3")),
					round(rs.getDouble("gap")), rs.getInt("below")))
			.list();
	}

	private static double round(double percent) {
		return Math.round(percent * 10) / 10.0;
	}

}
