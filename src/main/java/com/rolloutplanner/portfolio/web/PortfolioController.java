package com.rolloutplanner.portfolio.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.businesscase.PaybackState;
import com.rolloutplanner.listing.JourneyMonths;
import com.rolloutplanner.listing.ListingGroup;
import com.rolloutplanner.input.PageNumbers;
import com.rolloutplanner.phase.Phase;
import com.rolloutplanner.portfolio.MonthInEveryJourney;
import com.rolloutplanner.portfolio.Portfolio;
import com.rolloutplanner.portfolio.PortfolioQuery;
import com.rolloutplanner.portfolio.PortfolioTable;
import com.rolloutplanner.export.Spreadsheets;
import com.rolloutplanner.report.PdfPages;
import com.rolloutplanner.system.AsOf;

/**
 * The portfolio: every journey the reader may see as a lane lined up by go-live (as a
 * page, printable, and as a PDF), and month {@code n} in every journey with the typical
 * journey of the portfolio.
 */
@Controller
class PortfolioController {

	private final Portfolio portfolio;

	private final MonthInEveryJourney months;

	private final PdfPages pages;

	private final PortfolioTable tables;

	private final Spreadsheets spreadsheets;

	PortfolioController(Portfolio portfolio, MonthInEveryJourney months, PdfPages pages, PortfolioTable tables,
			Spreadsheets spreadsheets) {
		this.tables = tables;
		this.spreadsheets = spreadsheets;
		this.portfolio = portfolio;
		this.months = months;
		this.pages = pages;
	}

	@GetMapping("/portfolio")
	String lanes(AsOf asOf, @RequestParam(required = false) String phase, @RequestParam(required = false) String flags,
			@RequestParam(required = false) String due, @RequestParam(required = false) String payback,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String group,
			@RequestParam(required = false) String page, @AuthenticationPrincipal CurrentUser user, Model model) {
		PortfolioQuery query = PortfolioQuery.of(phase, flags, due, payback, sort, group, page, asOf.param());
		model.addAllAttributes(model(query, asOf, user));
		model.addAttribute("pdf", false);
		return "portfolio/portfolio";
	}

	@GetMapping("/portfolio.pdf")
	ResponseEntity<byte[]> lanesPdf(AsOf asOf, @RequestParam(required = false) String phase,
			@RequestParam(required = false) String flags, @RequestParam(required = false) String due,
			@RequestParam(required = false) String payback, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String group, @RequestParam(required = false) String page,
			@AuthenticationPrincipal CurrentUser user, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		PortfolioQuery query = PortfolioQuery.of(phase, flags, due, payback, sort, group, page, asOf.param());
		byte[] bytes = this.pages.render("portfolio/print", model(query, asOf, user), request, response, locale);
		return PdfPages.response(bytes, "portfolio-" + asOf.date() + "-" + locale.getLanguage() + ".pdf", false);
	}

	/** Every lane of the query, month by month, as a file. */
	@GetMapping({ "/portfolio.csv", "/portfolio.xlsx" })
	void export(AsOf asOf, @RequestParam(required = false) String phase, @RequestParam(required = false) String flags,
			@RequestParam(required = false) String due, @RequestParam(required = false) String payback,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String group,
			@AuthenticationPrincipal CurrentUser user, Locale locale, HttpServletRequest request,
			HttpServletResponse response) throws java.io.IOException {
		PortfolioQuery query = PortfolioQuery.of(phase, flags, due, payback, sort, group, "1", asOf.param());
		this.spreadsheets.send(this.tables.table(user.access(), query, asOf.date(), locale),
				request.getRequestURI().endsWith(".xlsx") ? "xlsx" : "csv", locale, response);
	}

	private java.util.Map<String, Object> model(PortfolioQuery query, AsOf asOf, CurrentUser user) {
		Portfolio.Page lanes = this.portfolio.lanes(user.access(), query, asOf.date());
		return java.util.Map.of("lanes", lanes, "query", query, "asOf", asOf, "phases", Phase.values(), "paybackStates",
				PaybackState.values(), "groups", ListingGroup.values(), "sorts",
				java.util.List.of("goLive", "attention", "payback", "kpis"), "months",
				java.util.stream.IntStream.rangeClosed(1, lanes.scale().last()).boxed().toList());
	}

	@GetMapping("/portfolio/month/{month}")
	String month(@PathVariable String month, AsOf asOf, @RequestParam(required = false) String page,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		int n = monthNumber(month);
		model.addAttribute("month", this.months.of(user.access(), n, asOf.date(), PageNumbers.of(page)));
		model.addAttribute("asOf", asOf);
		model.addAttribute("lastMonth", JourneyMonths.LAST_MONTH);
		return "portfolio/month";
	}

	/** The month chosen on the portfolio page. */
	@GetMapping("/portfolio/month")
	String pickMonth(@RequestParam(required = false) String n, AsOf asOf) {
		return "redirect:" + org.springframework.web.util.UriComponentsBuilder.fromPath("/portfolio/month/{n}")
			.queryParamIfPresent("asOf", java.util.Optional.ofNullable(asOf.param()))
			.buildAndExpand(monthNumber(n))
			.encode()
			.toUriString();
	}

	/** A month of the journey from 1 to 60 as written in the path; none else exists. */
	static int monthNumber(String text) {
		if (text == null || !text.matches("[0-9]{1,2}")) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		int n = Integer.parseInt(text);
		if (n < 1 || n > JourneyMonths.LAST_MONTH) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return n;
	}

}
