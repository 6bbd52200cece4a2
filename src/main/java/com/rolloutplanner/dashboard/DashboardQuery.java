package com.rolloutplanner.dashboard;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.UriComponentsBuilder;

import com.rolloutplanner.businesscase.PaybackState;
import com.rolloutplanner.listing.ListingFilter;
import com.rolloutplanner.listing.ListingOrder;
import com.rolloutplanner.phase.Phase;

/**
 * What the dashboard is asked for: an optional phase filter, a sort order and a page
 * (1-based). Unknown values fall back to the defaults rather than failing. Every column
 * sorts; for flags, KPIs and due dates the ascending order puts what needs attention
 * first.
 */
public record DashboardQuery(Phase phase, boolean criticalOnly, boolean overdueOnly, String sort, String dir, int page,
		String asOf, PaybackState payback, boolean proposals, boolean pulseLow) {

	/** The phase filter's value that shows the open proposals (in negotiation). */
	public static final String PROPOSALS = "PROPOSAL";

	public static final int PAGE_SIZE = 20;

	static final java.util.Set<String> SORTS = java.util.Set.of("name", "phase", "progress", "kpis", "flags", "due",
			"payback", "pulse", "goLive");

	public static DashboardQuery of(String phase, String flags, String due, String sort, String dir, String page,
			String asOf) {
		return new DashboardQuery(parsePhase(phase), "critical".equals(flags), "overdue".equals(due),
				(sort != null && SORTS.contains(sort)) ? sort : "goLive", "desc".equals(dir) ? "desc" : "asc",
				parsePage(page), asOf, null, PROPOSALS.equals(phase), false);
	}

	/** This query filtered by the payback state named, or not for anything else. */
	public DashboardQuery withPayback(String value) {
		PaybackState state = null;
		for (PaybackState candidate : PaybackState.values()) {
			if (candidate.name().equals(value)) {
				state = candidate;
			}
		}
		return new DashboardQuery(this.phase, this.criticalOnly, this.overdueOnly, this.sort, this.dir, this.page,
				this.asOf, state, this.proposals, this.pulseLow);
	}

	/**
	 * This query filtered to the pulses that call for attention ({@code low}), or not.
	 */
	public DashboardQuery withPulse(String value) {
		return new DashboardQuery(this.phase, this.criticalOnly, this.overdueOnly, this.sort, this.dir, this.page,
				this.asOf, this.payback, this.proposals, "low".equals(value));
	}

	/**
	 * The link that turns the "only where the pulse calls for attention" filter on or
	 * off.
	 */
	public String withPulseLow(boolean on) {
		return new DashboardQuery(this.phase, this.criticalOnly, this.overdueOnly, this.sort, this.dir, 1, this.asOf,
				this.payback, this.proposals, on)
			.onPage(1);
	}

	/** The link that filters by a payback state, or stops filtering for {@code null}. */
	public String withPaybackState(PaybackState state) {
		return new DashboardQuery(this.phase, this.criticalOnly, this.overdueOnly, this.sort, this.dir, 1, this.asOf,
				state, this.proposals, this.pulseLow)
			.onPage(1);
	}

	/** The link that turns the "only with critical flags" filter on or off. */
	public String withCriticalOnly(boolean on) {
		return link(this.phase, this.proposals, on, this.overdueOnly, this.sort, this.dir, 1);
	}

	/** The link that turns the "only with overdue items" filter on or off. */
	public String withOverdueOnly(boolean on) {
		return link(this.phase, this.proposals, this.criticalOnly, on, this.sort, this.dir, 1);
	}

	/**
	 * The link to the first page filtered by the phase, or unfiltered for {@code null}.
	 */
	public String withPhase(Phase newPhase) {
		return link(newPhase, false, this.criticalOnly, this.overdueOnly, this.sort, this.dir, 1);
	}

	/** The link to the first page of the open proposals, in no phase yet. */
	public String inNegotiation() {
		return link(null, true, this.criticalOnly, this.overdueOnly, this.sort, this.dir, 1);
	}

	/** The link that sorts by the field, reversing the order if already sorted by it. */
	public String sortedBy(String field) {
		String newDir = (field.equals(this.sort) && "asc".equals(this.dir)) ? "desc" : "asc";
		return link(this.phase, this.proposals, this.criticalOnly, this.overdueOnly, field, newDir, 1);
	}

	public String onPage(int newPage) {
		return link(this.phase, this.proposals, this.criticalOnly, this.overdueOnly, this.sort, this.dir, newPage);
	}

	/** The order of the column for {@code aria-sort}. */
	public String ariaSort(String field) {
		if (!field.equals(this.sort)) {
			return "none";
		}
		return "asc".equals(this.dir) ? "ascending" : "descending";
	}

	private String link(Phase newPhase, boolean newProposals, boolean newCriticalOnly, boolean newOverdueOnly,
			String newSort, String newDir, int newPage) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/");
		if (newPhase != null) {
			builder.queryParam("phase", newPhase.name());
		}
		else if (newProposals) {
			builder.queryParam("phase", PROPOSALS);
		}
		if (newCriticalOnly) {
			builder.queryParam("flags", "critical");
		}
		if (newOverdueOnly) {
			builder.queryParam("due", "overdue");
		}
		if (this.payback != null) {
			builder.queryParam("payback", this.payback.name());
		}
		if (this.pulseLow) {
			builder.queryParam("pulse", "low");
		}
		if (!"goLive".equals(newSort) || !"asc".equals(newDir)) {
			builder.queryParam("sort", newSort).queryParam("dir", newDir);
		}
		if (newPage > 1) {
			builder.queryParam("page", newPage);
		}
		if (this.asOf != null) {
			builder.queryParam("asOf", this.asOf);
		}
		return builder.build().encode().toUriString();
	}

	/**
	 * The link that downloads the list as filtered and sorted here, as {@code csv} or
	 * {@code xlsx}: the dashboard's own query on the export's path.
	 */
	public String exported(String extension) {
		return "/engagements." + extension + onPage(1).substring(1);
	}

	/** The filter of the listing. */
	public ListingFilter filter() {
		return new ListingFilter(this.phase, this.criticalOnly, this.overdueOnly,
				(this.payback != null) ? this.payback.name() : null, this.proposals, this.pulseLow);
	}

	/** The order of the listing. */
	public ListingOrder order() {
		return switch (this.sort) {
			case "name" -> ListingOrder.NAME;
			case "phase" -> ListingOrder.PHASE;
			case "progress" -> ListingOrder.PROGRESS;
			case "kpis" -> ListingOrder.KPIS;
			case "flags" -> ListingOrder.FLAGS;
			case "due" -> ListingOrder.DUE;
			case "payback" -> ListingOrder.PAYBACK;
			case "pulse" -> ListingOrder.PULSE;
			default -> ListingOrder.GO_LIVE;
		};
	}

	public boolean descending() {
		return "desc".equals(this.dir);
	}

	/**
	 * The page numbers to link to: the first, the last, and two either side of the
	 * current one; {@code null} where numbers are left out.
	 */
	public static List<Integer> pageLinks(int current, int pages) {
		List<Integer> links = new ArrayList<>();
		for (int n = 1; n <= pages; n++) {
			if (n == 1 || n == pages || Math.abs(n - current) <= 2) {
				links.add(n);
			}
			else if (links.get(links.size() - 1) != null) {
				links.add(null);
			}
		}
		return links;
	}

	/** Whether a filter other than the phase is on. */
	public boolean filtered() {
		return this.criticalOnly || this.overdueOnly || this.payback != null || this.pulseLow;
	}

	/** The link that keeps the phase and drops the other filters. */
	public String withoutFilters() {
		return new DashboardQuery(this.phase, false, false, this.sort, this.dir, 1, this.asOf, null, this.proposals,
				false)
			.onPage(1);
	}

	private static Phase parsePhase(String value) {
		for (Phase candidate : Phase.values()) {
			if (candidate.name().equals(value)) {
				return candidate;
			}
		}
		return null;
	}

	private static int parsePage(String value) {
		if (value == null || value.isEmpty() || value.length() > 9
				|| !value.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			return 1;
		}
		return Math.max(1, Integer.parseInt(value));
	}

}
