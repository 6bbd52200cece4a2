package com.rolloutplanner.portfolio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.businesscase.BusinessCases;
import com.rolloutplanner.export.Column;
import com.rolloutplanner.export.Table;
import com.rolloutplanner.listing.JourneyMonths;
import com.rolloutplanner.listing.ListedEngagement;
import com.rolloutplanner.listing.ListingState;
import com.rolloutplanner.listing.Listings;
import com.rolloutplanner.listing.PhaseCounts;

/**
 * The portfolio as a table to export: one row per engagement per month of its journey
 * completed on the date (up to month 60), in the portfolio's filter, grouping and order;
 * read {@value #ENGAGEMENTS} engagements at a time with their KPI months and business
 * cases, so memory stays flat whatever the number of engagements.
 */
@Component
public class PortfolioTable {

	/** Engagements read at a time. */
	static final int ENGAGEMENTS = 500;

	private final Listings listings;

	private final JourneyMonths months;

	private final BusinessCases cases;

	private final MessageSource messages;

	PortfolioTable(Listings listings, JourneyMonths months, BusinessCases cases, MessageSource messages) {
		this.listings = listings;
		this.months = months;
		this.cases = cases;
		this.messages = messages;
	}

	/** A month of one engagement's journey, as a row. */
	public record Line(ListedEngagement engagement, int month, JourneyMonths.MonthState kpis,
			BusinessCases.Position payback) {
	}

	public Table<Line> table(Access access, PortfolioQuery query, LocalDate asOf, Locale locale) {
		ListingState state = this.listings.state(access);
		PhaseCounts counts = this.listings.counts(state, asOf, query.filter());
		long matching = counts.shownBy(query.filter());
		return new Table<>("portfolio",
				List.of(Column.text("dashboard.column.name", 30), Column.text("engagement.client", 24),
						Column.text("engagement.partner", 24), Column.date("dashboard.column.goLive"),
						Column.number("export.monthOfJourney"), Column.date("portfolio.export.monthEnds"),
						Column.text("dashboard.column.phase", 22), Column.text("portfolio.export.kpiState", 22),
						Column.number("portfolio.export.below"), Column.number("portfolio.export.asExpected"),
						Column.number("portfolio.export.better"), Column.number("portfolio.export.cumulative"),
						Column.text("portfolio.export.cumulativeKind", 14), Column.text("portfolio.export.currency", 8),
						Column.number("portfolio.export.plannedPayback"),
						Column.number("portfolio.export.projectedPayback")),
				(page) -> new Chunk(lines(state, query, asOf, page), page, matching), (line) -> row(line, locale));
	}

	/**
	 * The rows of a chunk of engagements: as many as their months, so whether another
	 * chunk follows is told by the engagements, not by the rows.
	 */
	private static final class Chunk extends PageImpl<Line> {

		private final boolean more;

		Chunk(List<Line> lines, int page, long engagements) {
			super(lines, PageRequest.of(page, ENGAGEMENTS), engagements);
			this.more = (long) (page + 1) * ENGAGEMENTS < engagements;
		}

		@Override
		public boolean hasNext() {
			return this.more;
		}

	}

	private List<Line> lines(ListingState state, PortfolioQuery query, LocalDate asOf, int page) {
		List<ListedEngagement> listed = this.listings.page(state, asOf, query.filter(), query.group(), query.order(),
				false, (long) page * ENGAGEMENTS, ENGAGEMENTS);
		List<Long> ids = listed.stream().map(ListedEngagement::id).toList();
		Map<Long, Map<Integer, JourneyMonths.MonthState>> kpis = this.months.states(ids);
		Map<Long, Integer> contracts = new LinkedHashMap<>();
		listed.forEach((e) -> contracts.put(e.id(), e.contractMonths()));
		Map<Long, Map<Integer, BusinessCases.Position>> payback = this.cases.positions(contracts, 1,
				JourneyMonths.LAST_MONTH);
		List<Line> lines = new ArrayList<>();
		for (ListedEngagement e : listed) {
			if (e.isProposal()) {
				continue;
			}
			int completed = Math.min(JourneyMonths.LAST_MONTH,
					(int) Math.floor(LaneScale.monthOf(e.goLiveDate(), asOf)));
			for (int month = 1; month <= completed; month++) {
				lines.add(new Line(e, month, kpis.getOrDefault(e.id(), Map.of()).get(month),
						payback.getOrDefault(e.id(), Map.of()).get(month)));
			}
		}
		return lines;
	}

	private List<Object> row(Line line, Locale locale) {
		ListedEngagement e = line.engagement();
		JourneyMonths.MonthState kpis = line.kpis();
		BusinessCases.Position payback = line.payback();
		return Arrays.asList(e.name(), e.clientName(), e.partnerName(), e.goLiveDate(), line.month(),
				e.goLiveDate().plusMonths(line.month()),
				word("phase." + com.rolloutplanner.phase.Phase.ofMonth(line.month()), locale),
				word("portfolio.state." + ((kpis != null) ? kpis.state() : "none"), locale),
				(kpis != null) ? kpis.below() : null, (kpis != null) ? kpis.asExpected() : null,
				(kpis != null) ? kpis.better() : null, (payback != null) ? payback.cumulative() : null,
				(payback != null)
						? word(payback.recorded() ? "portfolio.export.recorded" : "portfolio.export.planned", locale)
						: null,
				(payback != null) ? payback.currency() : null, e.portfolio().plannedPayback(),
				e.portfolio().projectedPayback());
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
