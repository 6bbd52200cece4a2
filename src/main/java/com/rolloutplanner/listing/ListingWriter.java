package com.rolloutplanner.listing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.rolloutplanner.change.ChangedPart;
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

	private static final List<String> COLUMNS = List.of(LISTING_COLUMNS.split(", "));

	private static final int LISTING_COLUMN_COUNT = COLUMNS.size();

	/**
	 * The part of an engagement each column shows, but for those of the engagement itself
	 * (its name, sides, phases, flags and stage).
	 */
	private static final Map<String, ChangedPart> COLUMN_PARTS = Map.ofEntries(
			Map.entry("next_due_date", ChangedPart.DUE_DATES), Map.entry("next_due_kind", ChangedPart.DUE_DATES),
			Map.entry("next_due_title", ChangedPart.DUE_DATES), Map.entry("next_due_title_key", ChangedPart.DUE_DATES),
			Map.entry("payback_state", ChangedPart.PAYBACK), Map.entry("payback_planned_month", ChangedPart.PAYBACK),
			Map.entry("payback_projected_month", ChangedPart.PAYBACK),
			Map.entry("open_critical_issues", ChangedPart.ISSUES), Map.entry("issue_due_date", ChangedPart.ISSUES),
			Map.entry("escalated_issues", ChangedPart.ISSUES), Map.entry("pulse_month", ChangedPart.PULSE),
			Map.entry("pulse_client", ChangedPart.PULSE), Map.entry("pulse_partner", ChangedPart.PULSE),
			Map.entry("pulse_client_trend", ChangedPart.PULSE), Map.entry("pulse_partner_trend", ChangedPart.PULSE),
			Map.entry("pulse_low", ChangedPart.PULSE));

	/** The tables of a part written beside the listing row, by the part. */
	private static final Map<ChangedPart, List<String>> PART_TABLES = Map.of(ChangedPart.DUE_DATES,
			List.of("listing_overdue"), ChangedPart.KPI_ACTUALS,
			List.of("listing_kpi_state", "listing_kpi_gap", "listing_kpi_month"));

	/** The listing row's table and those of every part. */
	private static final List<String> ALL_TABLES = java.util.stream.Stream
		.concat(java.util.stream.Stream.of("engagement_listing"), PART_TABLES.values().stream().flatMap(List::stream))
		.toList();

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
	 * Writes again only the parts of these engagements' listing that a change touched
	 * (everything when it touched the engagement itself), the rest of each row as it was:
	 * in the caller's transaction, or in one of its own. The row is written under a new
	 * number whatever the part. An engagement without a listing row gets all of it.
	 */
	public void refresh(Collection<Long> ids, Set<ChangedPart> parts) {
		if (parts.contains(ChangedPart.ENGAGEMENT)) {
			refresh(ids);
			return;
		}
		List<Long> all = List.copyOf(ids);
		this.transactions.executeWithoutResult((status) -> {
			this.entityManager.flush();
			this.locks.lock(all);
			Map<Long, Object[]> listed = listed(all);
			List<Long> unlisted = all.stream().filter((id) -> !listed.containsKey(id)).toList();
			if (!unlisted.isEmpty()) {
				write(unlisted);
			}
			if (!listed.isEmpty()) {
				writeParts(listed, parts);
			}
		});
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
				Map<Long, Object[]> rows = listed(chunk);
				delete(List.copyOf(rows.keySet()), List.of("engagement_listing"));
				batch(INSERT_LISTING, List.copyOf(rows.values()));
			}
		});
	}

	/** The listing rows of these engagements as they are, by engagement. */
	private Map<Long, Object[]> listed(List<Long> ids) {
		Map<Long, Object[]> rows = new java.util.LinkedHashMap<>();
		this.jdbc.sql("select " + LISTING_COLUMNS + " from engagement_listing where engagement_id in (:ids)")
			.param("ids", ids)
			.query((rs, row) -> {
				Object[] values = new Object[LISTING_COLUMN_COUNT];
				for (int i = 0; i < values.length; i++) {
					values[i] = rs.getObject(i + 1);
				}
				return values;
			})
			.list()
			.forEach((values) -> rows.put(((Number) values[0]).longValue(), values));
		return rows;
	}

	/**
	 * Writes the parts of these listed engagements again: the engagement as its row shows
	 * it, what the contributors of those parts add, each column of those parts from that
	 * and every other column as it was.
	 */
	private void writeParts(Map<Long, Object[]> listed, Set<ChangedPart> parts) {
		List<Long> ids = List.copyOf(listed.keySet());
		ListingDraft draft = new ListingDraft(listed.values().stream().map(ListingWriter::source).toList());
		this.contributors.stream()
			.filter((contributor) -> parts.contains(contributor.part()))
			.forEach((contributor) -> contributor.contribute(draft));
		Map<Long, List<DueItem>> due = parts.contains(ChangedPart.DUE_DATES) ? this.deadlines.items(draft.goLives())
				: Map.of();
		List<String> tables = new ArrayList<>(List.of("engagement_listing"));
		parts.forEach((part) -> tables.addAll(PART_TABLES.getOrDefault(part, List.of())));
		delete(ids, tables);
		List<Object[]> listings = new ArrayList<>();
		List<Object[]> overdue = new ArrayList<>();
		for (ListingSource.Row e : draft.engagements()) {
			List<DueItem> items = due.getOrDefault(e.id(), List.of());
			Object[] fresh = listing(e, items, draft.payback.get(e.id()), draft.issues.get(e.id()),
					draft.pulses.get(e.id()));
			Object[] row = listed.get(e.id()).clone();
			for (int i = 0; i < row.length; i++) {
				if (parts.contains(COLUMN_PARTS.get(COLUMNS.get(i)))) {
					row[i] = fresh[i];
				}
			}
			listings.add(row);
			if (parts.contains(ChangedPart.DUE_DATES)) {
				overdue.addAll(overdueRows(e.id(), items));
			}
		}
		insert(listings, overdue, draft);
	}

	/** The engagement as its listing row shows it. */
	private static ListingSource.Row source(Object[] row) {
		return new ListingSource.Row(((Number) value(row, "engagement_id")).longValue(), (String) value(row, "name"),
				((Number) value(row, "client_organisation_id")).longValue(),
				((Number) value(row, "partner_organisation_id")).longValue(), localDate(value(row, "go_live_date")),
				((Number) value(row, "contract_months")).intValue(), ((Number) value(row, "open_critical")).longValue(),
				((Number) value(row, "open_warnings")).longValue(), (String) value(row, "stage"));
	}

	private static Object value(Object[] row, String column) {
		return row[COLUMNS.indexOf(column)];
	}

	private static LocalDate localDate(Object value) {
		return (value instanceof java.sql.Date date) ? date.toLocalDate() : (LocalDate) value;
	}

	private void write(List<Long> ids) {
		// Two changes to one engagement at the same moment write its listing one after
		// the other, the second reading what the first committed.
		this.locks.lock(ids);
		ListingDraft draft = new ListingDraft(this.source.read(ids));
		this.contributors.forEach((contributor) -> contributor.contribute(draft));
		Map<Long, List<DueItem>> due = this.deadlines.items(draft.goLives());
		delete(ids, ALL_TABLES);
		List<Object[]> listings = new ArrayList<>();
		List<Object[]> overdue = new ArrayList<>();
		for (ListingSource.Row e : draft.engagements()) {
			List<DueItem> items = due.getOrDefault(e.id(), List.of());
			listings
				.add(listing(e, items, draft.payback.get(e.id()), draft.issues.get(e.id()), draft.pulses.get(e.id())));
			overdue.addAll(overdueRows(e.id(), items));
		}
		insert(listings, overdue, draft);
	}

	private static List<Object[]> overdueRows(Long id, List<DueItem> items) {
		return OverdueSteps.of(items)
			.stream()
			.map((step) -> new Object[] { id, step.from(), step.until(), step.count() })
			.toList();
	}

	/** Inserts the rows written (a part's tables have rows only when it was written). */
	private void insert(List<Object[]> listings, List<Object[]> overdue, ListingDraft draft) {
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

	private void delete(List<Long> ids, List<String> tables) {
		for (String table : tables) {
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
