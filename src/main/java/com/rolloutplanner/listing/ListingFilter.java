package com.rolloutplanner.listing;

import com.rolloutplanner.phase.Phase;

/**
 * What a list shows: engagements in one phase on the date (or all for {@code null}), only
 * those with open critical flags, only those with overdue items, only those whose
 * business case stands so (by the name of its payback state; any for {@code null}).
 */
public record ListingFilter(Phase phase, boolean criticalOnly, boolean overdueOnly, String payback) {

	public static final ListingFilter ALL = new ListingFilter(null, false, false);

	public ListingFilter(Phase phase, boolean criticalOnly, boolean overdueOnly) {
		this(phase, criticalOnly, overdueOnly, null);
	}

}
