package com.rolloutplanner.api;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.dashboard.EngagementTable;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.Parties;
import com.rolloutplanner.export.Spreadsheets;
import com.rolloutplanner.portfolio.PortfolioQuery;
import com.rolloutplanner.portfolio.PortfolioTable;
import com.rolloutplanner.export.Table;
import com.rolloutplanner.listing.ListingFilter;
import com.rolloutplanner.listing.ListingOrder;
import com.rolloutplanner.listing.ListingState;
import com.rolloutplanner.listing.Listings;
import com.rolloutplanner.listing.PhaseCounts;
import com.rolloutplanner.issue.IssueTable;
import com.rolloutplanner.risk.RiskTable;
import com.rolloutplanner.changerequest.ChangeRequestTable;
import com.rolloutplanner.system.TimeSource;

/**
 * The list routes as files for a spreadsheet: asked for with {@code Accept:} the XLSX
 * media type or {@code text/csv}, they answer every row (not a page) as the pages of the
 * product download them. The description documents them on the list routes' own
 * operations ({@code ApiDescription}): one operation per route, several media types.
 */
@Hidden
@RestController
@RequestMapping("/api")
public class ApiExports {

	private final Listings listings;

	private final EngagementTable engagementTable;

	private final IssueTable issueTable;

	private final RiskTable riskTable;

	private final ChangeRequestTable changeTable;

	private final Engagements engagements;

	private final Spreadsheets spreadsheets;

	private final TimeSource time;

	private final PortfolioTable portfolioTable;

	/** The list routes that also answer as files. */
	public static final java.util.List<String> ROUTES = java.util.List.of("/api/engagements",
			"/api/engagements/{id}/issues", "/api/engagements/{id}/risks", "/api/engagements/{id}/changes",
			"/api/portfolio");

	ApiExports(Listings listings, EngagementTable engagementTable, IssueTable issueTable, RiskTable riskTable,
			ChangeRequestTable changeTable, Engagements engagements, Spreadsheets spreadsheets, TimeSource time,
			PortfolioTable portfolioTable) {
		this.portfolioTable = portfolioTable;
		this.listings = listings;
		this.engagementTable = engagementTable;
		this.issueTable = issueTable;
		this.riskTable = riskTable;
		this.changeTable = changeTable;
		this.engagements = engagements;
		this.spreadsheets = spreadsheets;
		this.time = time;
	}

	@GetMapping(path = "/engagements", produces = { Spreadsheets.XLSX, "text/csv" })
	@Operation(description = "Every engagement the list's filters pass, by go-live, as XLSX or CSV.")
	void engagements(@RequestParam(required = false) String asOf, @RequestParam(required = false) String phase,
			@RequestParam(required = false) String flags, @RequestParam(required = false) String due,
			@RequestParam(required = false) String payback, @RequestParam(required = false) String stage,
			@AuthenticationPrincipal CurrentUser user, Locale locale, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		LocalDate date = ApiDates.asOf(asOf, this.time);
		ListingFilter filter = ApiFilters.of(phase, flags, due, payback, stage);
		ListingState state = this.listings.state(user.access());
		PhaseCounts counts = this.listings.counts(state, date, filter);
		long matching = counts.shownBy(filter);
		send(this.engagementTable.table(state, date, filter, ListingOrder.GO_LIVE, false, matching, locale), locale,
				request, response);
	}

	@GetMapping(path = "/engagements/{id}/issues", produces = { Spreadsheets.XLSX, "text/csv" })
	@Operation(description = "Every issue of the engagement as XLSX or CSV.")
	void issues(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Locale locale,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		Parties parties = this.engagements.parties(id, user.access());
		send(this.issueTable.of(parties, user.access(), locale), locale, request, response);
	}

	@GetMapping(path = "/engagements/{id}/risks", produces = { Spreadsheets.XLSX, "text/csv" })
	@Operation(description = "Every risk of the engagement as XLSX or CSV.")
	void risks(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Locale locale,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		Parties parties = this.engagements.parties(id, user.access());
		send(this.riskTable.of(parties, user.access(), locale), locale, request, response);
	}

	@GetMapping(path = "/engagements/{id}/changes", produces = { Spreadsheets.XLSX, "text/csv" })
	@Operation(description = "Every change request of the engagement as XLSX or CSV.")
	void changes(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Locale locale,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		Parties parties = this.engagements.parties(id, user.access());
		send(this.changeTable.of(parties, user.access(), locale), locale, request, response);
	}

	@GetMapping(path = "/portfolio", produces = { Spreadsheets.XLSX, "text/csv" })
	@Operation(description = "Every lane of the portfolio, one row per journey per completed month, as XLSX or CSV.")
	void portfolio(@RequestParam(required = false) String asOf, @RequestParam(required = false) String phase,
			@RequestParam(required = false) String flags, @RequestParam(required = false) String due,
			@RequestParam(required = false) String payback, @RequestParam(required = false) String stage,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String group,
			@AuthenticationPrincipal CurrentUser user, Locale locale, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		LocalDate date = ApiDates.asOf(asOf, this.time);
		PortfolioQuery query = PortfolioApi.query(ApiFilters.of(phase, flags, due, payback, stage), sort, group, 1,
				asOf);
		send(this.portfolioTable.table(user.access(), query, date, locale), locale, request, response);
	}

	/** XLSX when the caller accepts it, otherwise CSV. */
	private <T> void send(Table<T> table, Locale locale, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		boolean xlsx = accept != null && accept.contains(Spreadsheets.XLSX);
		this.spreadsheets.send(table, xlsx ? "xlsx" : "csv", locale, response);
	}

}
