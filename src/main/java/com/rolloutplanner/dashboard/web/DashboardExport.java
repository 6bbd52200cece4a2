package com.rolloutplanner.dashboard.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.dashboard.DashboardQuery;
import com.rolloutplanner.export.Column;
import com.rolloutplanner.export.Spreadsheets;
import com.rolloutplanner.export.Table;
import com.rolloutplanner.listing.ListedEngagement;
import com.rolloutplanner.listing.ListingState;
import com.rolloutplanner.listing.Listings;
import com.rolloutplanner.listing.PhaseCounts;
import com.rolloutplanner.phase.PhaseCalendar;
import com.rolloutplanner.phase.Placement;
import com.rolloutplanner.system.AsOf;

/**
 * The dashboard's list as a file: every engagement the dashboard shows with the same
 * filters, in its order, as of its date; counted, filtered, sorted and read a chunk at a
 * time in the database.
 */
@Controller
class DashboardExport {

	private final Listings listings;

	private final Spreadsheets spreadsheets;

	private final MessageSource messages;

	DashboardExport(Listings listings, Spreadsheets spreadsheets, MessageSource messages) {
		this.listings = listings;
		this.spreadsheets = spreadsheets;
		this.messages = messages;
	}

	@GetMapping({ "/engagements.csv", "/engagements.xlsx" })
	void export(AsOf asOf, @RequestParam(required = false) String phase, @RequestParam(required = false) String flags,
			@RequestParam(required = false) String due, @RequestParam(required = false) String payback,
			@RequestParam(required = false) String pulse, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, @AuthenticationPrincipal CurrentUser user, Locale locale,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		DashboardQuery query = DashboardQuery.of(phase, flags, due, sort, dir, "1", asOf.param())
			.withPayback(payback)
			.withPulse(pulse);
		ListingState state = this.listings.state(user.access());
		PhaseCounts counts = this.listings.counts(state, asOf.date(), query.filter());
		long matching = query.proposals() ? counts.inNegotiation().matching() : counts.matching(query.phase());
		Table<ListedEngagement> table = new Table<>("engagements",
				List.of(Column.text("dashboard.column.name", 30), Column.text("engagement.client", 24),
						Column.text("engagement.partner", 24), Column.text("dashboard.column.phase", 22),
						Column.number("export.monthOfJourney"), Column.date("dashboard.column.goLive"),
						Column.number("export.contractMonths"), Column.text("dashboard.column.kpis", 24),
						Column.number("export.criticalFlags"), Column.number("export.warnings"),
						Column.number("export.criticalIssues"), Column.text("dashboard.column.due", 36),
						Column.date("export.nextDueDate"), Column.number("export.overdue"),
						Column.text("dashboard.column.payback", 20), Column.number("export.pulseClient"),
						Column.number("export.pulsePartner")),
				(page) -> new PageImpl<>(this.listings.page(state, asOf.date(), query.filter(), query.order(),
						query.descending(), (long) page * Table.CHUNK, Table.CHUNK), PageRequest.of(page, Table.CHUNK),
						matching),
				(e) -> row(e, asOf, locale));
		this.spreadsheets.send(table, request.getRequestURI().endsWith(".xlsx") ? "xlsx" : "csv", locale, response);
	}

	private List<Object> row(ListedEngagement e, AsOf asOf, Locale locale) {
		Placement placement = PhaseCalendar.place(e.goLiveDate(), asOf.date());
		String phase = e.isProposal() ? word("stage." + e.stage(), locale) : word("phase." + placement.phase(), locale);
		String next = null;
		if (e.due().nextDue() != null) {
			String title = (e.due().nextDue().title() != null) ? e.due().nextDue().title()
					: word(e.due().nextDue().titleKey(), locale);
			next = word("due.kind." + e.due().nextDue().kind(), locale) + ": " + title;
		}
		return Arrays.asList(e.name(), e.clientName(), e.partnerName(), phase,
				(!e.isProposal() && placement.isLive()) ? placement.monthOfJourney() : null, e.goLiveDate(),
				e.contractMonths(),
				this.messages.getMessage(e.kpis().key(),
						new Object[] { e.kpis().below(), e.kpis().judged(), e.kpis().kpis() }, locale),
				e.openCritical(), e.openWarnings(), e.openCriticalIssues(), next,
				(e.due().nextDue() != null) ? e.due().nextDue().dueDate() : null, e.due().overdueCount(),
				(e.payback() != null) ? word("paybackState." + e.payback(), locale) : null,
				(e.pulse() != null) ? e.pulse().client() : null, (e.pulse() != null) ? e.pulse().partner() : null);
	}

	private String word(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
