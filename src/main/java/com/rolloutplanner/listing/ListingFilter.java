package com.rolloutplanner.listing;

import com.rolloutplanner.phase.Phase;

/**
 * What a list shows: engagements in one phase on the date (or all for {@code null}), only
 * those with open critical flags, only those with overdue items.
 */
public record ListingFilter(Phase phase, boolean criticalOnly, boolean overdueOnly) {

	public static final ListingFilter ALL = new ListingFilter(null, false, false);

}
