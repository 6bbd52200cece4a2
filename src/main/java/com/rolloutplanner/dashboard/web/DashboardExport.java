package com.rolloutplanner.dashboard.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.dashboard.DashboardQuery;
import com.rolloutplanner.dashboard.EngagementTable;
import com.rolloutplanner.export.Spreadsheets;
import com.rolloutplanner.export.Table;
import com.rolloutplanner.listing.ListedEngagement;
import com.rolloutplanner.listing.ListingState;
import com.rolloutplanner.listing.Listings;
import com.rolloutplanner.listing.PhaseCounts;
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

	private final EngagementTable tables;

	DashboardExport(Listings listings, Spreadsheets spreadsheets, EngagementTable tables) {
		this.listings = listings;
		this.spreadsheets = spreadsheets;
		this.tables = tables;
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
		long matching = counts.shownBy(query.filter());
		Table<ListedEngagement> table = this.tables.table(state, asOf.date(), query.filter(), query.order(),
				query.descending(), matching, locale);
		this.spreadsheets.send(table, request.getRequestURI().endsWith(".xlsx") ? "xlsx" : "csv", locale, response);
	}

}
