package com.rolloutplanner.waiting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.due.DueState;
import com.rolloutplanner.listing.ListingState;
import com.rolloutplanner.listing.Listings;
import com.rolloutplanner.pulse.PulseRules;
import com.rolloutplanner.steering.MinutesWaiting;

/**
 * Reads what waits for one organisation's side across all its engagements in one query
 * (the first few and the total) and the next meeting in another, whatever the number of
 * engagements: signatures of the terms annex and of gates due within
 * {@value DueState#SOON_DAYS} days or before, minutes of held meetings, open actions of
 * the reader or the side, last month's KPI actuals, open critical flags.
 * <p>
 * What was read is kept for the reader for the minute and served again while the
 * organisation's listing is unchanged: every change to one of its engagements, meetings
 * included, writes that engagement's listing row anew under a new, higher number, so the
 * number of rows and the sum of their numbers (read from two indexes) say whether it is
 * still current, on every instance alike, whatever order transactions commit in.
 */
@Service
@Transactional(readOnly = true)
public class WaitingQuery {

	private static final String MINE = "(l.client_organisation_id = :org or l.partner_organisation_id = :org)";

	private static final String SIDE = "(case when l.client_organisation_id = :org then 'CLIENT' else 'PARTNER' end)";

	private static final String[][] GATES = { { "GO_LIVE", "go_live_date" }, { "START_UP_EXIT", "learning_from" },
			{ "LEARNING_EXIT", "established_from" }, { "ESTABLISHED_EXIT", "continuous_from" } };

	private final JdbcClient jdbc;

	private final Listings listings;

	/** What was read for whom ({@link WaitingCache}). */
	private final Cache read;

	private final Clock clock;

	WaitingQuery(JdbcClient jdbc, Listings listings, Clock clock, CacheManager caches) {
		this.jdbc = jdbc;
		this.read = caches.getCache(WaitingCache.NAME);
		this.clock = clock;
		this.listings = listings;
	}

	/**
	 * What was read for whom, when (to the minute) and from which state of the
	 * organisation's listing.
	 */
	private record Read(Long organisationId, String username, LocalDate today, LocalDateTime minute, int offset,
			int limit, long rows, long written) {
	}

	public Waiting of(Long organisationId, String username, LocalDate today, LocalDateTime now, int limit) {
		if (organisationId == null) {
			return Waiting.NOTHING;
		}
		return of(this.listings.state(Access.organisation(organisationId)), username, today, now, limit);
	}

	/**
	 * What waits for the organisation of the state (read already for the same request),
	 * read again only when the state or the minute is another.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Waiting of(ListingState state, String username, LocalDate today, LocalDateTime now, int limit) {
		return page(state, username, today, now, 0, limit);
	}

	/**
	 * The things that wait from the {@code offset}-th on, {@code limit} of them, in the
	 * same order as the first few: one page of the whole list, paged in the database.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Waiting page(ListingState state, String username, LocalDate today, LocalDateTime now, int offset,
			int limit) {
		if (!state.kept()) {
			// No organisation's side to wait for (an administrator's listing of
			// everything).
			return Waiting.NOTHING;
		}
		Long organisationId = state.access().organisationId();
		Read key = new Read(organisationId, username, today, now.truncatedTo(ChronoUnit.MINUTES), offset, limit,
				state.rows(), state.written());
		return this.read.get(key, () -> read(organisationId, username, today, now, offset, limit));
	}

	/**
	 * A signature of the terms annex counts while its version is the latest and the terms
	 * are still those it shows.
	 */
	private static final String SIGNED_NOW = "v.latest and not v.outdated";

	private Waiting read(Long organisationId, String username, LocalDate today, LocalDateTime now, int offset,
			int limit) {
		// The reader's engagements with the reader's side; every kind below starts from
		// them. (Not a common table expression: H2 mixes up the parameters of one used
		// under an ordered, limited query.)
		String mine = "(select l.engagement_id, l.name, l.go_live_date, l.learning_from, l.established_from, "
				+ "l.continuous_from, l.open_critical, l.go_live_month, l.go_live_day_of_month, l.contract_months, "
				+ "l.stage, " + SIDE + " as side from engagement_listing l where " + MINE + ")";
		List<String> branches = new ArrayList<>();
		branches.add(branch("0", "l.engagement_id", "'SIGN'", "null", "'charter.heading'", "0", "l.go_live_date", "1",
				"null", "null",
				mine + " l where l.go_live_date <= :horizon and not exists (select 1 from terms_annex_version v "
						+ "where v.engagement_id = l.engagement_id and " + SIGNED_NOW + " and (case l.side "
						+ "when 'CLIENT' then v.client_signed_at else v.partner_signed_at end) is not null)"));
		// The four gates in one pass over the gates: each is due at the end of its phase.
		StringBuilder gateDue = new StringBuilder("(case t.n");
		List<String> gateTypes = new ArrayList<>();
		for (int i = 0; i < GATES.length; i++) {
			gateDue.append(" when ").append(i).append(" then l.").append(GATES[i][1]);
			gateTypes.add("(" + i + ", '" + GATES[i][0] + "')");
		}
		gateDue.append(" end)");
		branches.add(branch("1 + t.n", "l.engagement_id", "'SIGN'", "null", "'gate.' || t.gate_type", "0",
				gateDue.toString(), "1", "null", "null",
				mine + " l cross join (values " + String.join(", ", gateTypes) + ") t(n, gate_type) "
						+ "left join gate g on g.engagement_id = l.engagement_id and g.gate_type = t.gate_type where "
						+ gateDue + " <= :horizon and ((l.side = 'CLIENT' and g.client_signed_at is null) or "
						+ "(l.side = 'PARTNER' and g.partner_signed_at is null))"));
		branches.add(branch("5", "m.engagement_id", "'MINUTES'", "null", "'meeting.kind.' || m.kind", "0",
				"cast(m.starts_at as date)", "0", "m.id", "null",
				"meeting m join " + mine + " l on l.engagement_id = m.engagement_id where "
						+ MinutesWaiting.sql("m", "l.side", "moment")));
		branches.add(branch("6", "a.engagement_id", "'ACTION'", "a.title", "null", "0", "a.due_date", "1", "a.id",
				"a.meeting_id",
				"action_item a join " + mine + " l on l.engagement_id = a.engagement_id where a.done = false and "
						+ "(a.owner_username = :username or (a.owner_username is null and "
						+ "(a.owner_side = 'JOINT' or a.owner_side = l.side)))"));
		// Last month's actuals missing: the listing keeps the days each KPI lacks it.
		branches.add(branch("7", "k.engagement_id", "'KPI_ACTUAL'", "k.kpi_name", "null", "0", "null", "0", "null",
				"null", "listing_kpi_gap k join " + mine + " l on l.engagement_id = k.engagement_id where "
						+ "k.valid_from <= :date and (k.valid_until is null or k.valid_until > :date)"));
		branches.add(branch("8", "l.engagement_id", "'FLAGS'", "null", "null", "l.open_critical", "null", "0", "null",
				"null", mine + " l where l.open_critical > 0"));
		// Issues whose response the side owes: one late already comes first, like an
		// overdue item, even on the day it was due.
		branches.add(branch("9", "i.engagement_id", "'ISSUE'", "i.title", "'issue.severity.' || i.severity", "0",
				"cast(i.response_due as date)", "i.response_due",
				"case when i.response_due < :moment then 2 else 1 end", "i.id", "null",
				"engagement_issue i join " + mine + " l on l.engagement_id = i.engagement_id where "
						+ "i.owner_side = l.side and i.resolved_at is null and i.responded_at is null"));
		// The latest pulse month that has opened, if the reader has not answered it: the
		// months completed (as the phase calendar counts them) up to the contract's end,
		// monthly to the sixth, then every third.
		String completed = "(case when " + Listings.monthsCompleted("l") + " < l.contract_months then "
				+ Listings.monthsCompleted("l") + " else l.contract_months end)";
		String pulseMonth = "(case when " + completed + " <= " + PulseRules.MONTHLY_UNTIL + " then " + completed
				+ " else " + completed + " - mod(" + completed + ", " + PulseRules.THEN_EVERY + ") end)";
		branches.add(branch("10", "l.engagement_id", "'PULSE'", "null", "'waiting.pulse.month'", pulseMonth, "null",
				"0", "null", "null",
				mine + " l where l.stage = 'SIGNED' and " + pulseMonth + " >= 1 and not exists (select 1 from "
						+ "pulse_answer a where a.engagement_id = l.engagement_id and a.journey_month = " + pulseMonth
						+ " and a.username = :username)"));
		// The first few of each kind, then the first few of those: each kind is cut in
		// its own sort, so no row beyond them is put together; the first row of each kind
		// carries how many of the kind there are, and the total is their sum.
		String sql = "select x.* from (select w.*, sum(w.kind_total) over () as total from ("
				+ String.join(" union all ",
						branches.stream()
							.map((branch) -> "select * from (select w.*, case when row_number() over (order by "
									+ order("w") + ") = 1 then count(*) over () else 0 end as kind_total from ("
									+ branch + ") w order by " + order("w") + " fetch first :reach rows only) w")
							.toList())
				+ ") w) x order by " + order("x") + " offset :offset rows fetch next :limit rows only";
		int[] total = { 0 };
		List<Waiting.Item> items = params(sql, organisationId, username, today, now).param("limit", limit)
			.param("offset", offset)
			.param("reach", offset + limit)
			.query((rs, row) -> {
				total[0] = rs.getInt("total");
				return new Waiting.Item(Waiting.Kind.valueOf(rs.getString("kind").strip()), rs.getLong("engagement_id"),
						rs.getString("engagement_name"), rs.getString("title"), rs.getString("title_key"),
						rs.getLong("item_count"), dueDate(rs), rs.getInt("dated") >= 1, rs.getInt("dated") == 2,
						rs.getObject("target_id", Long.class), rs.getObject("meeting_id", Long.class));
			})
			.list();
		Waiting.NextMeeting next = this.jdbc
			.sql("select m.id, m.engagement_id, l.name, m.kind, m.starts_at from meeting m "
					+ "join engagement_listing l on l.engagement_id = m.engagement_id where " + MINE
					+ " and m.starts_moment > :moment order by m.starts_moment, m.id fetch first 1 rows only")
			.param("org", organisationId)
			.param("moment", moment(now))
			.query((rs, row) -> new Waiting.NextMeeting(rs.getLong("id"), rs.getLong("engagement_id"),
					rs.getString("name"), rs.getString("kind"), rs.getObject("starts_at", LocalDateTime.class)))
			.optional()
			.orElse(null);
		return new Waiting(List.copyOf(items), total[0], next);
	}

	/**
	 * A signature due on a date that one side or both still owe: the terms annex (due at
	 * go-live) or a gate (due at the end of its phase).
	 */
	public record DueSignature(Long engagementId, String titleKey, LocalDate dueDate, boolean clientMissing,
			boolean partnerMissing) {
	}

	/**
	 * The signatures of every engagement due on the days from {@code from} until
	 * {@code until} (exclusive) that a side still owes, the first {@code limit} by date:
	 * one query over the read model, whatever the number of engagements.
	 */
	public List<DueSignature> signaturesDue(LocalDate from, LocalDate until, int limit) {
		List<String> branches = new ArrayList<>();
		branches.add("select l.engagement_id, cast('charter.heading' as varchar(40)) as title_key, "
				+ "l.go_live_date as due_date, "
				+ "case when exists (select 1 from terms_annex_version v where v.engagement_id = l.engagement_id and "
				+ SIGNED_NOW + " and v.client_signed_at is not null) then 0 else 1 end as client_missing, "
				+ "case when exists (select 1 from terms_annex_version v where v.engagement_id = l.engagement_id and "
				+ SIGNED_NOW + " and v.partner_signed_at is not null) then 0 else 1 end as partner_missing "
				+ "from engagement_listing l where l.go_live_date >= :from and l.go_live_date < :until");
		for (String[] gate : GATES) {
			String due = "l." + gate[1];
			branches.add("select l.engagement_id, cast('gate." + gate[0] + "' as varchar(40)) as title_key, " + due
					+ " as due_date, case when g.client_signed_at is null then 1 else 0 end as client_missing, "
					+ "case when g.partner_signed_at is null then 1 else 0 end as partner_missing "
					+ "from engagement_listing l left join gate g on g.engagement_id = l.engagement_id and "
					+ "g.gate_type = '" + gate[0] + "' where " + due + " >= :from and " + due + " < :until");
		}
		return this.jdbc
			.sql("select * from (" + String.join(" union all ", branches) + ") s where s.client_missing = 1 or "
					+ "s.partner_missing = 1 order by s.due_date, s.engagement_id, s.title_key "
					+ "fetch first :limit rows only")
			.param("from", from)
			.param("until", until)
			.param("limit", limit)
			.query((rs, row) -> new DueSignature(rs.getLong("engagement_id"), rs.getString("title_key").strip(),
					rs.getObject("due_date", LocalDate.class), rs.getInt("client_missing") == 1,
					rs.getInt("partner_missing") == 1))
			.list();
	}

	private JdbcClient.StatementSpec params(String sql, Long organisationId, String username, LocalDate today,
			LocalDateTime now) {
		return Listings.params(this.jdbc.sql(sql), Access.organisation(organisationId), today)
			.param("horizon", today.plusDays(DueState.SOON_DAYS))
			.param("moment", moment(now))
			.param("username", username);
	}

	/**
	 * The day an item is due: of its moment in the product's time zone, if it has one.
	 */
	private LocalDate dueDate(java.sql.ResultSet rs) throws java.sql.SQLException {
		OffsetDateTime moment = rs.getObject("due_moment", OffsetDateTime.class);
		return (moment != null) ? moment.atZoneSameInstant(this.clock.getZone()).toLocalDate()
				: rs.getObject("due_date", LocalDate.class);
	}

	/** The wall-clock time in the product's time zone as a moment. */
	private OffsetDateTime moment(LocalDateTime now) {
		return now.atZone(this.clock.getZone()).toOffsetDateTime();
	}

	/** Overdue first, then by date, engagement, kind and title. */
	private static String order(String alias) {
		return "case when (" + alias + ".dated = 1 and " + alias + ".due_date < :date) or " + alias
				+ ".dated = 2 then 0 else 1 end, " + alias + ".due_date asc nulls last, " + alias + ".engagement_name, "
				+ alias + ".ord, " + alias + ".title, " + alias + ".target_id";
	}

	private static String branch(String order, String engagementId, String kind, String title, String titleKey,
			String count, String dueDate, String dated, String targetId, String meetingId, String from) {
		return branch(order, engagementId, kind, title, titleKey, count, dueDate, "null", dated, targetId, meetingId,
				from);
	}

	/**
	 * A branch whose items are due at a moment ({@code dueMoment}, a timestamp with time
	 * zone): its day is taken in the product's time zone when the row is read, as the
	 * database would take it in its session's zone.
	 */
	private static String branch(String order, String engagementId, String kind, String title, String titleKey,
			String count, String dueDate, String dueMoment, String dated, String targetId, String meetingId,
			String from) {
		return "select " + order + " as ord, " + engagementId + " as engagement_id, l.name as engagement_name, "
				+ "cast(" + kind + " as varchar(20)) as kind, cast(" + title + " as varchar(300)) as title, cast("
				+ titleKey + " as varchar(120)) as title_key, cast(" + count + " as integer) as item_count, cast("
				+ dueDate + " as date) as due_date, cast(" + dueMoment + " as timestamp with time zone) as due_moment, "
				+ dated + " as dated, cast(" + targetId + " as bigint) as target_id, cast(" + meetingId
				+ " as bigint) as meeting_id from " + from;
	}

}
