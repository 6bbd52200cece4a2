package com.rolloutplanner.listing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.rolloutplanner.change.EngagementLocks;
import com.rolloutplanner.due.Deadlines;
import com.rolloutplanner.due.DueItem;
import com.rolloutplanner.due.DueSummary;
import com.rolloutplanner.phase.Phase;
import com.rolloutplanner.phase.PhaseCalendar;
import com.rolloutplanner.phase.PhaseWindow;

/**
 * Writes the listing of engagements anew from their modules: the engagements and their
 * open flags from their {@link ListingSource}, the phase boundaries from the phase
 * calendar, the next due item and the overdue steps from the deadlines, the rest from the
 * {@link ListingContributor}s (the KPI steps and the days each KPI lacks last month's
 * actual, the business case's state). Many engagements at once cost one query per module
 * and batched writes.
 */
@Component
public class ListingWriter {

	/** How many engagements are written together. */
	static final int CHUNK = 500;

	/** The columns of a listing row but its write number. */
	private static final String LISTING_COLUMNS = "engagement_id, name, sort_name, client_organisation_id, "
			+ "partner_organisation_id, go_live_date, contract_months, learning_from, established_from, "
			+ "continuous_from, go_live_day, learning_day, established_day, continuous_day, go_live_month, "
			+ "go_live_day_of_month, open_critical, open_warnings, next_due_date, next_due_kind, next_due_title, "
			+ "next_due_title_key, payback_state, stage, open_critical_issues, issue_due_date, pulse_month, pulse_client, "
			+ "pulse_partner, pulse_client_trend, pulse_partner_trend, pulse_low, payback_planned_month, "
			+ "payback_projected_month, escalated_issues";

	private static final int LISTING_COLUMN_COUNT = LISTING_COLUMNS.split(",").length;

	private static final String INSERT_LISTING = "insert into engagement_listing (" + LISTING_COLUMNS + ") values ("
			+ String.join(", ", Collections.nCopies(LISTING_COLUMN_COUNT, "?")) + ")";

	private final ListingSource source;

	private final List<ListingContributor> contributors;

	private final Deadlines deadlines;

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	private final EngagementLocks locks;

	ListingWriter(ListingSource source, List<ListingContributor> contributors, Deadlines deadlines, JdbcClient jdbc,
			JdbcTemplate batches, EntityManager entityManager, TransactionTemplate transactions,
			EngagementLocks locks) {
		this.source = source;
		this.contributors = contributors;
		this.deadlines = deadlines;
		this.jdbc = jdbc;
		this.batches = batches;
		this.entityManager = entityManager;
		this.transactions = transactions;
		this.locks = locks;
	}

	/**
	 * Writes the listing of these engagements anew (engagements that no longer exist are
	 * left out; their rows go with them): in the caller's transaction, or without one in
	 * a transaction per {@value #CHUNK}, so that any number fits in memory.
	 */
	public void refresh(Collection<Long> ids) {
		List<Long> all = List.copyOf(ids);
		for (int from = 0; from < all.size(); from += CHUNK) {
			List<Long> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
			this.transactions.executeWithoutResult((status) -> {
				// What the change wrote through JPA must be in the tables before they are
				// read and before rows referring to a new engagement are inserted.
				this.entityManager.flush();
				write(chunk);
			});
		}
	}

	/**
	 * Writes the listing of every engagement that has none (stored before it existed).
	 */
	public int refreshMissing() {
		// Every engagement has its listing and nothing more (the listing goes with its
		// engagement): equal counts, which both databases keep at hand, need no search.
		long unlisted = this.jdbc
			.sql("select (select count(*) from engagement) - (select count(*) from engagement_listing)")
			.query(Long.class)
			.single();
		if (unlisted == 0) {
			return 0;
		}
		List<Long> missing = this.jdbc
			.sql("select e.id from engagement e where not exists "
					+ "(select 1 from engagement_listing l where l.engagement_id = e.id) order by e.id")
			.query(Long.class)
			.list();
		refresh(missing);
		return missing.size();
	}

	/**
	 * Writes the listing rows of the organisation's engagements again as they are, each
	 * under a new number, so that what is kept by those numbers (the lists, what waits)
	 * is read again and shows the organisation's new name: in the caller's transaction,
	 * or in one of its own.
	 */
	public void renumber(Long organisationId) {
		this.transactions.executeWithoutResult((status) -> {
			List<Long> ids = this.jdbc
				.sql("select engagement_id from engagement_listing where client_organisation_id = :org "
						+ "or partner_organisation_id = :org")
				.param("org", organisationId)
				.query(Long.class)
				.list();
			for (int from = 0; from < ids.size(); from += CHUNK) {
				List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
				this.locks.lock(chunk);
				List<Object[]> rows = this.jdbc
					.sql("select " + LISTING_COLUMNS + " from engagement_listing where engagement_id in (:ids)")
					.param("ids", chunk)
					.query((rs, row) -> {
						Object[] values = new Object[LISTING_COLUMN_COUNT];
						for (int i = 0; i < values.length; i++) {
							values[i] = rs.getObject(i + 1);
						}
						return values;
					})
					.list();
				this.jdbc.sql("delete from engagement_listing where engagement_id in (:ids)")
					.param("ids", chunk)
					.update();
				batch(INSERT_LISTING, rows);
			}
		});
	}

	private void write(List<Long> ids) {
		// Two changes to one engagement at the same moment write its listing one after
		// the other, the second reading what the first committed.
		this.locks.lock(ids);
		ListingDraft draft = new ListingDraft(this.source.read(ids));
		this.contributors.forEach((contributor) -> contributor.contribute(draft));
		Map<Long, List<DueItem>> due = this.deadlines.items(draft.goLives());
		delete(ids);
		List<Object[]> listings = new ArrayList<>();
		List<Object[]> overdue = new ArrayList<>();
		for (ListingSource.Row e : draft.engagements()) {
			List<DueItem> items = due.getOrDefault(e.id(), List.of());
			listings
				.add(listing(e, items, draft.payback.get(e.id()), draft.issues.get(e.id()), draft.pulses.get(e.id())));
			for (OverdueSteps.Step step : OverdueSteps.of(items)) {
				overdue.add(new Object[] { e.id(), step.from(), step.until(), step.count() });
			}
		}
		batch(INSERT_LISTING, listings);
		batch("insert into listing_overdue (engagement_id, valid_from, valid_until, overdue_count) values (?, ?, ?, ?)",
				overdue);
		batch("insert into listing_kpi_state (engagement_id, valid_from, valid_until, kpis, judged, below, better, "
				+ "concern) values (?, ?, ?, ?, ?, ?, ?, ?)", draft.kpiStates);
		batch("insert into listing_kpi_gap (engagement_id, kpi_name, valid_from, valid_until) values (?, ?, ?, ?)",
				draft.kpiGaps);
		batch("insert into listing_kpi_month (engagement_id, kpi_id, kpi_name, kind, journey_month, judgement, "
				+ "relative_percent, band_gap_percent) values (?, ?, ?, ?, ?, ?, ?, ?)", draft.kpiMonths);
	}

	private void delete(List<Long> ids) {
		for (String table : List.of("engagement_listing", "listing_overdue", "listing_kpi_state", "listing_kpi_gap",
				"listing_kpi_month")) {
			this.jdbc.sql("delete from " + table + " where engagement_id in (:ids)").param("ids", ids).update();
		}
	}

	private void batch(String sql, List<Object[]> rows) {
		if (!rows.isEmpty()) {
			this.batches.batchUpdate(sql, rows);
		}
	}

	private static Object[] listing(ListingSource.Row e, List<DueItem> items, ListingDraft.Payback payback,
			Object[] issues, ListedPulse pulse) {
		Map<Phase, LocalDate> starts = PhaseCalendar.timeline(e.goLive())
			.stream()
			.filter((window) -> window.start() != null)
			.collect(Collectors.toMap(PhaseWindow::phase, PhaseWindow::start));
		LocalDate learning = starts.get(Phase.LEARNING);
		LocalDate established = starts.get(Phase.ESTABLISHED);
		LocalDate continuous = starts.get(Phase.CONTINUOUS_DEVELOPMENT);
		DueItem next = DueSummary.of(items, e.goLive()).nextDue();
		return new Object[] { e.id(), e.name(), Listings.sortName(e.name()), e.clientId(), e.partnerId(), e.goLive(),
				e.contractMonths(), learning, established, continuous, day(e.goLive()), day(learning), day(established),
				day(continuous), e.goLive().getYear() * 12 + e.goLive().getMonthValue() - 1, e.goLive().getDayOfMonth(),
				(int) e.openCritical(), (int) e.openWarnings(), (next != null) ? next.dueDate() : null,
				(next != null) ? next.kind().name() : null, (next != null) ? next.title() : null,
				(next != null) ? next.titleKey() : null, (payback != null) ? payback.state() : null, e.stage(),
				(issues != null) ? issues[0] : 0, (issues != null) ? issues[1] : null,
				(pulse != null) ? pulse.month() : null, (pulse != null) ? pulse.client() : null,
				(pulse != null) ? pulse.partner() : null, (pulse != null) ? pulse.clientTrend() : null,
				(pulse != null) ? pulse.partnerTrend() : null, (pulse != null && pulse.low()) ? 1 : 0,
				(payback != null) ? payback.plannedMonth() : null, (payback != null) ? payback.projectedMonth() : null,
				(issues != null) ? issues[2] : 0 };
	}

	static int day(LocalDate date) {
		return Math.toIntExact(date.toEpochDay());
	}

}
