package com.rolloutplanner.listing;

import java.util.List;

/**
 * The orders a list can take, as SQL over the listing; each ends with the name and the id
 * so that pages never overlap. Ascending puts what needs attention first for flags, KPIs
 * and due items; descending reverses every key.
 */
public enum ListingOrder {

	GO_LIVE(List.of(key("l.go_live_date", true))),

	NAME(List.of()),

	PHASE(List.of(key(Listings.PHASE, true))),

	PROGRESS(List.of(key(Listings.PHASE, true), key(Listings.PROGRESS, true))),

	/** The share of KPIs below their band first, then no actuals, then no KPIs. */
	KPIS(List.of(key("coalesce(k.concern, -2)", false))),

	/**
	 * What needs attention first: open critical flags and issues, an issue whose response
	 * is overdue, then the warnings.
	 */
	FLAGS(List.of(key("l.open_critical + l.open_critical_issues", false),
			key("case when l.issue_due_date < :date then 1 else 0 end", false), key("l.open_warnings", false))),

	/** The lower of the two sides' latest pulse scores first; no pulse last. */
	PULSE(List
		.of(key("case when l.pulse_client < l.pulse_partner then l.pulse_client else l.pulse_partner end", true))),

	/**
	 * The most overdue items first, then the earliest next due date; nothing due last.
	 */
	DUE(List.of(key("coalesce(o.overdue_count, 0)", false), key("l.next_due_date", true))),

	/**
	 * Not projectable first, then later than planned, no actuals, on plan; no business
	 * case last.
	 */
	PAYBACK(List.of(key("case l.payback_state when 'NOT_PROJECTABLE' then 0 when 'LATER_THAN_PLANNED' then 1 "
			+ "when 'NO_ACTUALS' then 2 when 'ON_PLAN' then 3 else 4 end", true))),

	/**
	 * The longest payback delay first (projected month less planned month); a plan whose
	 * actuals never reach payback before any delay, no business case last.
	 */
	PAYBACK_DELAY(List.of(key("coalesce(l.payback_projected_month - l.payback_planned_month, "
			+ "case when l.payback_state = 'NOT_PROJECTABLE' then 100000 else -100000 end)", false)));

	private final List<Key> keys;

	ListingOrder(List<Key> keys) {
		this.keys = keys;
	}

	/** One sort key: an SQL expression and its ascending direction. */
	record Key(String expression, boolean ascending) {
	}

	private static Key key(String expression, boolean ascending) {
		return new Key(expression, ascending);
	}

	/** Every key of the order, the name and the id last. */
	List<Key> keys() {
		List<Key> all = new java.util.ArrayList<>(this.keys);
		all.add(key("l.sort_name", true));
		all.add(key("l.engagement_id", true));
		return all;
	}

	/** Whether the order reads the overdue steps. */
	boolean needsOverdue() {
		return this == DUE;
	}

	/** Whether the order reads the KPI steps. */
	boolean needsKpis() {
		return this == KPIS;
	}

}
