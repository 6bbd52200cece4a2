package com.rolloutplanner.listing;

import com.rolloutplanner.phase.Phase;

/**
 * What a list shows: engagements in one phase on the date (or all for {@code null}), only
 * those with open critical flags, only those with overdue items, only those whose
 * business case stands so (by the name of its payback state; any for {@code null}), only
 * open proposals (in negotiation, in no phase; a phase filter shows only signed
 * engagements), only those whose latest cooperation pulse calls for attention, only
 * signed engagements that have completed a month of their journey on the date (any for
 * {@code null}).
 */
public record ListingFilter(Phase phase, boolean criticalOnly, boolean overdueOnly, String payback, boolean proposals,
		boolean pulseLow, Integer reachedMonth) {

	public ListingFilter(Phase phase, boolean criticalOnly, boolean overdueOnly, String payback, boolean proposals,
			boolean pulseLow) {
		this(phase, criticalOnly, overdueOnly, payback, proposals, pulseLow, null);
	}

	/** This filter, showing only the signed engagements that completed the month. */
	public ListingFilter reached(int month) {
		return new ListingFilter(this.phase, this.criticalOnly, this.overdueOnly, this.payback, this.proposals,
				this.pulseLow, month);
	}

	public static final ListingFilter ALL = new ListingFilter(null, false, false);

	public ListingFilter(Phase phase, boolean criticalOnly, boolean overdueOnly) {
		this(phase, criticalOnly, overdueOnly, null);
	}

	public ListingFilter(Phase phase, boolean criticalOnly, boolean overdueOnly, String payback) {
		this(phase, criticalOnly, overdueOnly, payback, false);
	}

	public ListingFilter(Phase phase, boolean criticalOnly, boolean overdueOnly, String payback, boolean proposals) {
		this(phase, criticalOnly, overdueOnly, payback, proposals, false);
	}

}
