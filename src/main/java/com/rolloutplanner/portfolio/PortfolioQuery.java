package com.rolloutplanner.portfolio;

import java.util.Set;

import org.springframework.web.util.UriComponentsBuilder;

import com.rolloutplanner.businesscase.PaybackState;
import com.rolloutplanner.input.PageNumbers;
import com.rolloutplanner.listing.ListingFilter;
import com.rolloutplanner.listing.ListingGroup;
import com.rolloutplanner.listing.ListingOrder;
import com.rolloutplanner.phase.Phase;

/**
 * What the portfolio is asked for: the dashboard's filters (a phase or the proposals,
 * only with critical flags, only with overdue items, a payback state), an order (by
 * go-live, what needs attention first, the longest payback delay first, the KPIs below
 * their band first), a grouping by client or partner, a page (1-based) and a date.
 * Unknown values fall back to the defaults rather than failing.
 */
public record PortfolioQuery(Phase phase, boolean proposals, boolean criticalOnly, boolean overdueOnly,
		PaybackState payback, String sort, ListingGroup group, int page, String asOf) {

	static final Set<String> SORTS = Set.of("goLive", "attention", "payback", "kpis");

	public static PortfolioQuery of(String phase, String flags, String due, String payback, String sort, String group,
			String page, String asOf) {
		Phase parsed = null;
		for (Phase candidate : Phase.values()) {
			if (candidate.name().equals(phase)) {
				parsed = candidate;
			}
		}
		PaybackState state = null;
		for (PaybackState candidate : PaybackState.values()) {
			if (candidate.name().equals(payback)) {
				state = candidate;
			}
		}
		ListingGroup grouping = ListingGroup.NONE;
		for (ListingGroup candidate : ListingGroup.values()) {
			if (candidate.name().equalsIgnoreCase(String.valueOf(group))) {
				grouping = candidate;
			}
		}
		return new PortfolioQuery(parsed, "PROPOSAL".equals(phase), "critical".equals(flags), "overdue".equals(due),
				state, (sort != null && SORTS.contains(sort)) ? sort : "goLive", grouping, PageNumbers.of(page), asOf);
	}

	public ListingFilter filter() {
		return new ListingFilter(this.phase, this.criticalOnly, this.overdueOnly,
				(this.payback != null) ? this.payback.name() : null, this.proposals, false);
	}

	public ListingOrder order() {
		return switch (this.sort) {
			case "attention" -> ListingOrder.FLAGS;
			case "payback" -> ListingOrder.PAYBACK_DELAY;
			case "kpis" -> ListingOrder.KPIS;
			default -> ListingOrder.GO_LIVE;
		};
	}

	/** The value of the phase filter as the form shows it. */
	public String phaseValue() {
		if (this.proposals) {
			return "PROPOSAL";
		}
		return (this.phase != null) ? this.phase.name() : "";
	}

	/** The link to a page of this query. */
	public String onPage(int number) {
		return link("/portfolio", number);
	}

	/** The link to the PDF of this page. */
	public String pdf() {
		return link("/portfolio.pdf", this.page);
	}

	/**
	 * The link to the export of every lane, month by month, as {@code csv} or
	 * {@code xlsx}.
	 */
	public String exported(String extension) {
		return link("/portfolio." + extension, 1);
	}

	private String link(String path, int number) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
		String phaseValue = phaseValue();
		if (!phaseValue.isEmpty()) {
			builder.queryParam("phase", phaseValue);
		}
		if (this.criticalOnly) {
			builder.queryParam("flags", "critical");
		}
		if (this.overdueOnly) {
			builder.queryParam("due", "overdue");
		}
		if (this.payback != null) {
			builder.queryParam("payback", this.payback.name());
		}
		if (!"goLive".equals(this.sort)) {
			builder.queryParam("sort", this.sort);
		}
		if (this.group != ListingGroup.NONE) {
			builder.queryParam("group", this.group.name().toLowerCase(java.util.Locale.ROOT));
		}
		if (number > 1) {
			builder.queryParam("page", number);
		}
		if (this.asOf != null) {
			builder.queryParam("asOf", this.asOf);
		}
		return builder.build().encode().toUriString();
	}

}
