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

import com.rolloutplanner.due.Deadlines;
import com.rolloutplanner.due.DueItem;
import com.rolloutplanner.due.DueSummary;
import com.rolloutplanner.engagement.EngagementLocks;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.businesscase.BusinessCases;
import com.rolloutplanner.businesscase.PaybackState;
import com.rolloutplanner.kpi.KpiGap;
import com.rolloutplanner.kpi.Kpis;
import com.rolloutplanner.kpi.Kpis.KpiStateStep;
import com.rolloutplanner.phase.Phase;
import com.rolloutplanner.phase.PhaseCalendar;
import com.rolloutplanner.phase.PhaseWindow;
import com.rolloutplanner.quickwin.Assessment;
import com.rolloutplanner.quickwin.QuickWinAssessor;
import com.rolloutplanner.quickwin.QuickWinSubject;

/**
 * Writes the listing of engagements anew from their modules: the phase boundaries from
 * the phase calendar, the open flags from the quick-win assessment, the next due item and
 * the overdue steps from the deadlines, the KPI steps and the days each KPI lacks last
 * month's actual from the KPIs. Many engagements at once cost one query per module and
 * batched writes.
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
			+ "next_due_title_key, payback_state";

	private static final int LISTING_COLUMN_COUNT = LISTING_COLUMNS.split(",").length;

	private static final String INSERT_LISTING = "insert into engagement_listing (" + LISTING_COLUMNS + ") values ("
			+ String.join(", ", Collections.nCopies(LISTING_COLUMN_COUNT, "?")) + ")";

	private final Engagements engagements;

	private final QuickWinAssessor assessor;

	private final Deadlines deadlines;

	private final Kpis kpis;

	private final BusinessCases businessCases;

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	private final EngagementLocks locks;

	ListingWriter(Engagements engagements, QuickWinAssessor assessor, Deadlines deadlines, Kpis kpis,
			BusinessCases businessCases, JdbcClient jdbc, JdbcTemplate batches, EntityManager entityManager,
			TransactionTemplate transactions, EngagementLocks locks) {
		this.transactions = transactions;
		this.locks = locks;
		this.batches = batches;
		this.engagements = engagements;
		this.assessor = assessor;
		this.deadlines = deadlines;
		this.kpis = kpis;
		this.businessCases = businessCases;
		this.jdbc = jdbc;
		this.entityManager = entityManager;
	}

	/** An engagement as read for its listing. */
	private record Read(Long id, String name, Long clientId, Long partnerId, LocalDate goLive, int contractMonths,
			QuickWinSubject subject) {
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
		List<Read> read = this.engagements.readByIds(ids, (e) -> new Read(e.getId(), e.getName(), e.getClient().getId(),
				e.getPartner().getId(), e.getGoLiveDate(), e.getContractMonths(), e.quickWinSubject()));
		Map<Long, LocalDate> goLives = read.stream().collect(Collectors.toMap(Read::id, Read::goLive));
		Map<Long, Assessment> assessments = this.assessor.assessAll(read.stream()
			.collect(Collectors.toMap(Read::id, (r) -> new QuickWinAssessor.Subject(r.goLive(), r.subject()))));
		Map<Long, List<DueItem>> due = this.deadlines.items(goLives);
		Kpis.ListingSteps kpiSteps = this.kpis.listingSteps(goLives);
		Map<Long, PaybackState> payback = this.businessCases.paybackStates(goLives.keySet(),
				read.stream().collect(Collectors.toMap(Read::id, Read::contractMonths)));
		delete(ids);
		List<Object[]> listings = new ArrayList<>();
		List<Object[]> overdue = new ArrayList<>();
		List<Object[]> kpiRows = new ArrayList<>();
		List<Object[]> gapRows = new ArrayList<>();
		for (Read r : read) {
			listings.add(listing(r, assessments.get(r.id()), due.getOrDefault(r.id(), List.of()), payback.get(r.id())));
			for (OverdueSteps.Step step : OverdueSteps.of(due.getOrDefault(r.id(), List.of()))) {
				overdue.add(new Object[] { r.id(), step.from(), step.until(), step.count() });
			}
			for (KpiStateStep step : kpiSteps.states().getOrDefault(r.id(), List.of())) {
				kpiRows.add(new Object[] { r.id(), step.from(), step.until(), step.state().kpis(),
						step.state().judged(), step.state().below(), step.state().better(), step.state().concern() });
			}
			for (KpiGap gap : kpiSteps.gaps().getOrDefault(r.id(), List.of())) {
				gapRows.add(new Object[] { r.id(), gap.name(), gap.from(), gap.until() });
			}
		}
		batch(INSERT_LISTING, listings);
		batch("insert into listing_overdue (engagement_id, valid_from, valid_until, overdue_count) values (?, ?, ?, ?)",
				overdue);
		batch("insert into listing_kpi_state (engagement_id, valid_from, valid_until, kpis, judged, below, better, "
				+ "concern) values (?, ?, ?, ?, ?, ?, ?, ?)", kpiRows);
		batch("insert into listing_kpi_gap (engagement_id, kpi_name, valid_from, valid_until) values (?, ?, ?, ?)",
				gapRows);
	}

	private void delete(List<Long> ids) {
		for (String table : List.of("engagement_listing", "listing_overdue", "listing_kpi_state", "listing_kpi_gap")) {
			this.jdbc.sql("delete from " + table + " where engagement_id in (:ids)").param("ids", ids).update();
		}
	}

	private void batch(String sql, List<Object[]> rows) {
		if (!rows.isEmpty()) {
			this.batches.batchUpdate(sql, rows);
		}
	}

	private static Object[] listing(Read r, Assessment assessment, List<DueItem> items, PaybackState payback) {
		Map<Phase, LocalDate> starts = PhaseCalendar.timeline(r.goLive())
			.stream()
			.filter((window) -> window.start() != null)
			.collect(Collectors.toMap(PhaseWindow::phase, PhaseWindow::start));
		LocalDate learning = starts.get(Phase.LEARNING);
		LocalDate established = starts.get(Phase.ESTABLISHED);
		LocalDate continuous = starts.get(Phase.CONTINUOUS_DEVELOPMENT);
		DueItem next = DueSummary.of(items, r.goLive()).nextDue();
		return new Object[] { r.id(), r.name(), Listings.sortName(r.name()), r.clientId(), r.partnerId(), r.goLive(),
				r.contractMonths(), learning, established, continuous, day(r.goLive()), day(learning), day(established),
				day(continuous), r.goLive().getYear() * 12 + r.goLive().getMonthValue() - 1, r.goLive().getDayOfMonth(),
				(int) assessment.openCritical(), (int) assessment.openWarnings(),
				(next != null) ? next.dueDate() : null, (next != null) ? next.kind().name() : null,
				(next != null) ? next.title() : null, (next != null) ? next.titleKey() : null,
				(payback != null) ? payback.name() : null };
	}

	static int day(LocalDate date) {
		return Math.toIntExact(date.toEpochDay());
	}

}
