package com.rolloutplanner.dashboard.web;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.ServletWebRequest;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.businesscase.PaybackState;
import com.rolloutplanner.dashboard.DashboardQuery;
import com.rolloutplanner.dashboard.DashboardRow;
import com.rolloutplanner.listing.ListedEngagement;
import com.rolloutplanner.listing.ListingState;
import com.rolloutplanner.listing.Listings;
import com.rolloutplanner.listing.PhaseCounts;
import com.rolloutplanner.phase.PhaseCalendar;
import com.rolloutplanner.system.AsOf;
import com.rolloutplanner.system.PageTags;
import com.rolloutplanner.system.TimeSource;
import com.rolloutplanner.waiting.WaitingForYou;

/**
 * The engagements of the reader, placed on the as-of date: the counts per phase in one
 * grouped query over the listing and the page of twenty in another, whatever the number
 * of engagements. Counts, filter and order use the same stored phase boundaries, so they
 * always agree, month ends included; both are kept by the state of the reader's listing,
 * which is read on every request. A reader's browser that holds the page for the same
 * state, minute and session is answered with 304 ({@link PageTags}); an administrator's
 * listing has no state to say so, and is rendered every time.
 */
@Controller
class DashboardController {

	private final Listings listings;

	private final WaitingForYou waiting;

	private final TimeSource time;

	DashboardController(Listings listings, WaitingForYou waiting, TimeSource time) {
		this.listings = listings;
		this.waiting = waiting;
		this.time = time;
	}

	@GetMapping("/")
	String dashboard(AsOf asOf, @RequestParam(required = false) String phase,
			@RequestParam(required = false) String flags, @RequestParam(required = false) String due,
			@RequestParam(required = false) String payback, @RequestParam(required = false) String pulse,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			@RequestParam(required = false) String page, @AuthenticationPrincipal CurrentUser user, Locale locale,
			ServletWebRequest request, Model model) {
		DashboardQuery query = DashboardQuery.of(phase, flags, due, sort, dir, page, asOf.param())
			.withPayback(payback)
			.withPulse(pulse);
		// The phase counts obey the other filters, so that a phase's count is what
		// choosing it shows.
		ListingState state = this.listings.state(user.access());
		if (state.rows() >= 0 && !model.containsAttribute("flashMessage")
				&& PageTags.unchanged(request, state, user.getUsername(), user.getDisplayName(),
						user.getOrganisationName(), locale, this.time.now().truncatedTo(ChronoUnit.MINUTES))) {
			return null;
		}
		PhaseCounts counts = this.listings.counts(state, asOf.date(), query.filter());
		long matching = counts.shownBy(query.filter());
		int pages = (int) Math.max(1, (matching + DashboardQuery.PAGE_SIZE - 1) / DashboardQuery.PAGE_SIZE);
		int current = Math.min(query.page(), pages);
		List<DashboardRow> rows = List.of();
		if (matching > 0) {
			rows = this.listings
				.page(state, asOf.date(), query.filter(), query.order(), query.descending(),
						(long) (current - 1) * DashboardQuery.PAGE_SIZE, DashboardQuery.PAGE_SIZE)
				.stream()
				.map((listed) -> row(listed, asOf))
				.toList();
		}
		model.addAttribute("rows", rows);
		model.addAttribute("counts", counts.matchingByPhase());
		model.addAttribute("inNegotiation", counts.inNegotiation().matching());
		model.addAttribute("total", counts.total());
		model.addAttribute("filteredTotal", counts.matching());
		model.addAttribute("withCritical", counts.withCritical());
		model.addAttribute("withOverdue", counts.withOverdue());
		model.addAttribute("matching", matching);
		model.addAttribute("query", query);
		model.addAttribute("currentPage", current);
		model.addAttribute("pages", pages);
		model.addAttribute("pageLinks", DashboardQuery.pageLinks(current, pages));
		model.addAttribute("asOf", asOf);
		model.addAttribute("waiting", (counts.total() > 0) ? waiting(state, user) : WaitingForYou.Waiting.NOTHING);
		return "dashboard/dashboard";
	}

	/** Everything that waits for the reader's side, a page at a time. */
	static final int WAITING_PAGE = 25;

	@GetMapping("/waiting")
	String waiting(@RequestParam(defaultValue = "1") String page, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		int asked = page.matches("[0-9]{1,6}") ? Math.max(1, Integer.parseInt(page)) : 1;
		WaitingForYou.Waiting all = (user.getOrganisationId() == null) ? WaitingForYou.Waiting.NOTHING
				: this.waiting.page(this.listings.state(Access.organisation(user.getOrganisationId())),
						user.getUsername(), this.time.today(), this.time.now(), asked, WAITING_PAGE);
		int pages = Math.max(1, (all.total() + WAITING_PAGE - 1) / WAITING_PAGE);
		int shown = Math.min(asked, pages);
		model.addAttribute("waiting", all);
		model.addAttribute("page", shown);
		model.addAttribute("pages", pages);
		model.addAttribute("first", (shown - 1) * WAITING_PAGE + 1);
		return "dashboard/waiting";
	}

	/**
	 * What waits for the reader's side: for a manager by the state already read, for an
	 * administrator of an organisation by that organisation's.
	 */
	private WaitingForYou.Waiting waiting(ListingState visible, CurrentUser user) {
		if (user.getOrganisationId() == null) {
			return WaitingForYou.Waiting.NOTHING;
		}
		ListingState own = visible.access().all() ? this.listings.state(Access.organisation(user.getOrganisationId()))
				: visible;
		return this.waiting.of(own, user.getUsername(), this.time.today(), this.time.now());
	}

	private static DashboardRow row(ListedEngagement listed, AsOf asOf) {
		return new DashboardRow(listed.id(), listed.name(), listed.clientName(), listed.partnerName(),
				listed.goLiveDate(), listed.contractMonths(), PhaseCalendar.place(listed.goLiveDate(), asOf.date()),
				listed.openCritical(), listed.openWarnings(), listed.due(), listed.kpis(),
				PaybackState.named(listed.payback()), listed.stage(), listed.openCriticalIssues(),
				listed.issueEscalatedOn(asOf.date()), listed.pulse());
	}

}
