package com.rolloutplanner.listing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.phase.Phase;

/**
 * Reads the engagement lists from the listing: the counts per phase in one grouped query,
 * a page in another, filtered, sorted and cut in the database. The phase of an engagement
 * on the date is a comparison of the date with its stored phase boundaries, so counts,
 * filters and orders agree with the phase calendar, month ends included.
 * <p>
 * What was read for a reader's {@link ListingState} is kept and served again while the
 * state is the same (one look-up in two indexes): the lists everyone of an organisation
 * opens every morning are read once per change, not once per request.
 */
@Service
@Transactional(readOnly = true)
public class Listings {

	/**
	 * The phase of the listing {@code l} on {@code :day}, as the ordinal of
	 * {@link Phase}.
	 */
	static final String PHASE = "(case when :day < l.go_live_day then 0 when :day < l.learning_day then 1 "
			+ "when :day < l.established_day then 2 when :day < l.continuous_day then 3 else 4 end)";

	/**
	 * How far into its phase: the percentage of the phase passed (as the phase calendar
	 * rounds it), or in continuous development, which has no end, the month of the
	 * journey.
	 */
	static final String PROGRESS = "(case when :day < l.go_live_day then 0 "
			+ "when :day < l.learning_day then ((:day - l.go_live_day) * 100) / (l.learning_day - l.go_live_day) "
			+ "when :day < l.established_day "
			+ "then ((:day - l.learning_day) * 100) / (l.established_day - l.learning_day) "
			+ "when :day < l.continuous_day "
			+ "then ((:day - l.established_day) * 100) / (l.continuous_day - l.established_day) " + "else "
			+ monthsCompleted("l") + " + 1 end)";

	private static final String OVERDUE_ON_DATE = "o.engagement_id = l.engagement_id and o.valid_from <= :date "
			+ "and (o.valid_until is null or o.valid_until > :date)";

	private static final String KPIS_ON_DATE = "k.engagement_id = l.engagement_id and k.valid_from <= :date "
			+ "and (k.valid_until is null or k.valid_until > :date)";

	/** The counts and pages read for a state ({@link ListingCache}). */
	static final String CACHE = "listings";

	private final JdbcClient jdbc;

	private final Cache kept;

	Listings(JdbcClient jdbc, CacheManager caches) {
		this.jdbc = jdbc;
		this.kept = caches.getCache(CACHE);
	}

	/** What was read: the counts of a state on a date with a filter. */
	private record Counted(ListingState state, LocalDate asOf, ListingFilter filter) {
	}

	/** What was read: a page of a state on a date with a filter in an order. */
	private record Paged(ListingState state, LocalDate asOf, ListingFilter filter, ListingGroup group,
			ListingOrder order, boolean descending, long offset, int limit) {
	}

	/**
	 * The state of the listing the reader sees (one query over two indexes, outside any
	 * transaction); for an administrator, a state for which nothing is kept.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ListingState state(Access access) {
		if (access.all() || access.organisationId() == null) {
			return ListingState.unkept(access);
		}
		return this.jdbc
			.sql("select (select count(*) from engagement_listing l where l.client_organisation_id = :org) "
					+ "+ (select count(*) from engagement_listing l where l.partner_organisation_id = :org) as n, "
					+ "coalesce((select sum(l.written) from engagement_listing l "
					+ "where l.client_organisation_id = :org), 0) as c, coalesce((select sum(l.written) "
					+ "from engagement_listing l where l.partner_organisation_id = :org), 0) as p")
			.param("org", access.organisationId())
			.query((rs, row) -> new ListingState(access, rs.getLong("n"), rs.getLong("c") + rs.getLong("p")))
			.single();
	}

	/**
	 * The counts of {@link #counts(Access, LocalDate, ListingFilter)}, read once for the
	 * state and then kept.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public PhaseCounts counts(ListingState state, LocalDate asOf, ListingFilter filter) {
		if (!state.kept()) {
			return counts(state.access(), asOf, filter);
		}
		return this.kept.get(new Counted(state, asOf, filter), () -> counts(state.access(), asOf, filter));
	}

	/**
	 * The page of
	 * {@link #page(Access, LocalDate, ListingFilter, ListingOrder, boolean, long, int)},
	 * read once for the state and then kept.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ListedEngagement> page(ListingState state, LocalDate asOf, ListingFilter filter, ListingOrder order,
			boolean descending, long offset, int limit) {
		return page(state, asOf, filter, ListingGroup.NONE, order, descending, offset, limit);
	}

	/**
	 * The page of
	 * {@link #page(Access, LocalDate, ListingFilter, ListingGroup, ListingOrder, boolean, long, int)},
	 * read once for the state and then kept.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ListedEngagement> page(ListingState state, LocalDate asOf, ListingFilter filter, ListingGroup group,
			ListingOrder order, boolean descending, long offset, int limit) {
		if (!state.kept()) {
			return page(state.access(), asOf, filter, group, order, descending, offset, limit);
		}
		return this.kept.get(new Paged(state, asOf, filter, group, order, descending, offset, limit),
				() -> List.copyOf(page(state.access(), asOf, filter, group, order, descending, offset, limit)));
	}

	/**
	 * The whole months of the journey completed on {@code :date} by the listing with the
	 * alias, exactly as the phase calendar counts them: month {@code m} is complete on
	 * {@code goLive.plusMonths(m)}, which clamps to the end of a shorter month.
	 */
	public static String monthsCompleted(String alias) {
		return "(:month - " + alias + ".go_live_month - (case when :dayOfMonth < " + alias
				+ ".go_live_day_of_month and :monthEnd = 0 then 1 else 0 end))";
	}

	/** The name as lists sort it. */
	static String sortName(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

	/**
	 * How many visible engagements each phase holds on the date, and how many of them
	 * pass the flag and due filters (the phase of the filter is ignored).
	 */
	public PhaseCounts counts(Access access, LocalDate asOf, ListingFilter filter) {
		String matches = "1 = 1" + (filter.criticalOnly() ? " and x.open_critical > 0" : "")
				+ (filter.overdueOnly() ? " and x.overdue = 1" : "")
				+ ((filter.payback() != null) ? " and x.payback_state = :payback" : "")
				+ (filter.pulseLow() ? " and x.pulse_low = 1" : "");
		// A proposal is in no phase: open ones count as -1, those not chosen as -2.
		String sql = "select x.phase, count(*) as all_count, "
				+ "sum(case when x.open_critical > 0 then 1 else 0 end) as critical_count, "
				+ "sum(x.overdue) as overdue_count, sum(case when " + matches + " then 1 else 0 end) as matching "
				+ "from (select case when l.stage = 'PROPOSAL' then -1 when l.stage = 'NOT_CHOSEN' then -2 else "
				+ PHASE + " end as phase, l.open_critical, l.payback_state, l.pulse_low, "
				+ "case when l.next_due_date < :date then 1 else 0 end as overdue from engagement_listing l where "
				+ visible(access) + reached(filter) + ") x group by x.phase";
		Map<Integer, PhaseCounts.Count> counts = new java.util.HashMap<>();
		params(this.jdbc.sql(sql), access, asOf).param("payback", payback(filter))
			.param("reached", reachedMonth(filter))
			.query((rs, row) -> {
				counts.put(rs.getInt("phase"), new PhaseCounts.Count(rs.getLong("all_count"),
						rs.getLong("critical_count"), rs.getLong("overdue_count"), rs.getLong("matching")));
				return null;
			})
			.list();
		Map<Phase, PhaseCounts.Count> phases = new EnumMap<>(Phase.class);
		counts.forEach((phase, count) -> {
			if (phase >= 0) {
				phases.put(Phase.values()[phase], count);
			}
		});
		return new PhaseCounts(phases, counts.get(-1), counts.get(-2));
	}

	/**
	 * A page of the visible engagements that pass the filter on the date, in the order
	 * asked for.
	 */
	public List<ListedEngagement> page(Access access, LocalDate asOf, ListingFilter filter, ListingOrder order,
			boolean descending, long offset, int limit) {
		return page(access, asOf, filter, ListingGroup.NONE, order, descending, offset, limit);
	}

	/**
	 * A page of the visible engagements that pass the filter on the date, grouped by an
	 * organisation (by its name, whatever the order) and in the order asked for within
	 * each group.
	 */
	public List<ListedEngagement> page(Access access, LocalDate asOf, ListingFilter filter, ListingGroup group,
			ListingOrder order, boolean descending, long offset, int limit) {
		List<ListingOrder.Key> keys = new ArrayList<>(group.keys());
		keys.addAll(order.keys());
		List<String> inner = new ArrayList<>();
		List<String> outer = new ArrayList<>();
		StringBuilder columns = new StringBuilder("l.engagement_id as id");
		for (int i = 0; i < keys.size(); i++) {
			ListingOrder.Key key = keys.get(i);
			boolean ascending = (i < group.keys().size()) ? key.ascending() : key.ascending() != descending;
			String direction = ascending ? " asc nulls last" : " desc nulls first";
			columns.append(", ").append(key.expression()).append(" as s").append(i);
			inner.add("s" + i + direction);
			outer.add("p.s" + i + direction);
		}
		StringBuilder where = new StringBuilder(visible(access));
		if (filter.phase() != null) {
			where.append(" and l.stage = 'SIGNED' and ").append(PHASE).append(" = :phase");
		}
		if (filter.proposals()) {
			where.append(" and l.stage = 'PROPOSAL'");
		}
		if (filter.criticalOnly()) {
			where.append(" and l.open_critical > 0");
		}
		if (filter.overdueOnly()) {
			where.append(" and l.next_due_date < :date");
		}
		if (filter.payback() != null) {
			where.append(" and l.payback_state = :payback");
		}
		if (filter.pulseLow()) {
			where.append(" and l.pulse_low = 1");
		}
		where.append(reached(filter));
		String sql = "select p.id, l.name, c.name as client_name, pa.name as partner_name, l.go_live_date, "
				+ "l.contract_months, l.open_critical, l.open_warnings, l.next_due_date, l.next_due_kind, "
				+ "l.next_due_title, l.next_due_title_key, coalesce(o.overdue_count, 0) as overdue, k.kpis, k.judged, "
				+ "k.below, k.better, l.payback_state, l.stage, l.open_critical_issues, l.issue_due_date, l.pulse_month, "
				+ "l.pulse_client, l.pulse_partner, l.pulse_client_trend, l.pulse_partner_trend, l.pulse_low, "
				+ "l.payback_planned_month, l.payback_projected_month, l.escalated_issues, "
				+ "l.client_organisation_id, l.partner_organisation_id " + "from (select " + columns
				+ " from engagement_listing l "
				+ (order.needsOverdue() ? "left join listing_overdue o on " + OVERDUE_ON_DATE + " " : "")
				+ (order.needsKpis() ? "left join listing_kpi_state k on " + KPIS_ON_DATE + " " : "") + "where " + where
				+ " order by " + String.join(", ", inner) + " offset :offset rows fetch next :limit rows only) p "
				+ "join engagement_listing l on l.engagement_id = p.id "
				+ "join organisation c on c.id = l.client_organisation_id "
				+ "join organisation pa on pa.id = l.partner_organisation_id " + "left join listing_overdue o on "
				+ OVERDUE_ON_DATE + " left join listing_kpi_state k on " + KPIS_ON_DATE + " order by "
				+ String.join(", ", outer);
		return params(this.jdbc.sql(sql), access, asOf)
			.param("phase", (filter.phase() != null) ? filter.phase().ordinal() : -1)
			.param("payback", payback(filter))
			.param("reached", reachedMonth(filter))
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, row) -> ListedRows.listed(rs, asOf))
			.list();
	}

	/**
	 * The state of one engagement's data as far as a reader may see it: a number that
	 * changes with every change to the engagement or anything of it (its listing row is
	 * written anew each time), with its name and the names of its two organisations;
	 * empty when the engagement does not exist or the reader may not see it. One indexed
	 * look-up, for what is kept while it is unchanged (the report's PDF).
	 */
	public Optional<Version> version(Long engagementId, Access access) {
		return this.jdbc
			.sql("select l.written, l.name, c.name as client_name, pa.name as partner_name from engagement_listing l "
					+ "join organisation c on c.id = l.client_organisation_id "
					+ "join organisation pa on pa.id = l.partner_organisation_id where l.engagement_id = :id and "
					+ visible(access))
			.param("id", engagementId)
			.param("org", (access.organisationId() != null) ? access.organisationId() : -1L)
			.query((rs, row) -> new Version(rs.getLong("written"), rs.getString("name"), rs.getString("client_name"),
					rs.getString("partner_name")))
			.optional();
	}

	/** See {@link #version(Long, Access)}. */
	public record Version(long written, String name, String clientName, String partnerName) {
	}

	private static String reached(ListingFilter filter) {
		return (filter.reachedMonth() != null) ? " and l.stage = 'SIGNED' and " + monthsCompleted("l") + " >= :reached"
				: "";
	}

	private static int reachedMonth(ListingFilter filter) {
		return (filter.reachedMonth() != null) ? filter.reachedMonth() : 0;
	}

	private static String payback(ListingFilter filter) {
		return (filter.payback() != null) ? filter.payback() : "";
	}

	static String visible(Access access) {
		return access.all() ? "1 = 1" : "(l.client_organisation_id = :org or l.partner_organisation_id = :org)";
	}

	/** The date in every form the expressions compare with. */
	public static JdbcClient.StatementSpec params(JdbcClient.StatementSpec spec, Access access, LocalDate asOf) {
		return spec.param("day", asOf.toEpochDay())
			.param("date", asOf)
			.param("month", asOf.getYear() * 12 + asOf.getMonthValue() - 1)
			.param("dayOfMonth", asOf.getDayOfMonth())
			.param("monthEnd", (asOf.getDayOfMonth() == asOf.lengthOfMonth()) ? 1 : 0)
			.param("org", (access.organisationId() != null) ? access.organisationId() : -1L);
	}

}
