package com.rolloutplanner.portfolio;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.businesscase.BusinessCases;
import com.rolloutplanner.listing.JourneyMonths;
import com.rolloutplanner.listing.ListedEngagement;
import com.rolloutplanner.listing.ListingFilter;
import com.rolloutplanner.listing.ListingGroup;
import com.rolloutplanner.listing.ListingOrder;
import com.rolloutplanner.listing.ListingState;
import com.rolloutplanner.listing.Listings;
import com.rolloutplanner.phase.Phase;
import com.rolloutplanner.pulse.PulseMonths;
import com.rolloutplanner.pulse.PulseRules;
import com.rolloutplanner.issue.IssueCounts;

/**
 * Month {@code n} in every journey the reader may see that had completed it on the date:
 * each journey as it stood at the end of that month (its KPIs against their bands, where
 * its business case stood, both sides' pulse, its open and escalated issues), a page of
 * them at a time, and the typical journey of the reader's portfolio.
 */
@Service
@Transactional(readOnly = true)
public class MonthInEveryJourney {

	/** Journeys a page. */
	public static final int PAGE_SIZE = 25;

	private final Listings listings;

	private final JourneyMonths months;

	private final BusinessCases cases;

	private final PulseMonths pulses;

	private final IssueCounts issues;

	private final Clock clock;

	MonthInEveryJourney(Listings listings, JourneyMonths months, BusinessCases cases, PulseMonths pulses,
			IssueCounts issues, Clock clock) {
		this.listings = listings;
		this.months = months;
		this.cases = cases;
		this.pulses = pulses;
		this.issues = issues;
		this.clock = clock;
	}

	/** One journey in the month. */
	public record Row(ListedEngagement engagement, LocalDate monthEnd, List<JourneyMonths.KpiMonth> kpis,
			BusinessCases.Position payback, PulseRules.Scores pulse, IssueCounts.Counts issues) {
	}

	/** A page of journeys in the month, with the typical journey of the portfolio. */
	public record Page(int month, Phase phase, List<Row> rows, long matching, int page, int pages,
			TypicalJourney typical) {
	}

	public Page of(Access access, int month, LocalDate asOf, int askedPage) {
		ListingState state = this.listings.state(access);
		ListingFilter filter = ListingFilter.ALL.reached(month);
		long matching = this.listings.counts(state, asOf, filter).matching();
		int pages = (int) Math.max(1, (matching + PAGE_SIZE - 1) / PAGE_SIZE);
		int page = Math.min(askedPage, pages);
		List<ListedEngagement> listed = (matching > 0) ? this.listings.page(state, asOf, filter, ListingGroup.NONE,
				ListingOrder.NAME, false, (long) (page - 1) * PAGE_SIZE, PAGE_SIZE) : List.of();
		List<Long> ids = listed.stream().map(ListedEngagement::id).toList();
		Map<Long, Integer> contracts = new LinkedHashMap<>();
		Map<Long, Instant> ends = new LinkedHashMap<>();
		for (ListedEngagement e : listed) {
			contracts.put(e.id(), e.contractMonths());
			ends.put(e.id(), e.goLiveDate().plusMonths(month).atStartOfDay(this.clock.getZone()).toInstant());
		}
		Map<Long, List<JourneyMonths.KpiMonth>> kpis = this.months.month(ids, month);
		Map<Long, BusinessCases.Position> payback = this.cases.positions(contracts, month);
		Map<Long, PulseRules.Scores> pulse = this.pulses.of(ids, month);
		Map<Long, IssueCounts.Counts> issueCounts = this.issues.counts(ends);
		List<Row> rows = listed.stream()
			.map((e) -> new Row(e, e.goLiveDate().plusMonths(month), kpis.getOrDefault(e.id(), List.of()),
					payback.get(e.id()), pulse.get(e.id()),
					issueCounts.getOrDefault(e.id(), new IssueCounts.Counts(0, 0, 0, 0))))
			.toList();
		return new Page(month, Phase.ofMonth(month), rows, matching, page, pages,
				TypicalJourney.of(this.months.typical(state, asOf)));
	}

}
