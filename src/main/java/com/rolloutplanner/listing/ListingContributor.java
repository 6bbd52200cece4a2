package com.rolloutplanner.listing;

/**
 * A module that adds its part to the listing rows being written (how the KPIs stand, how
 * the business case stands), so that the listing depends on none of those modules: each
 * reads its own data for all the engagements of a draft at once.
 */
public interface ListingContributor {

	void contribute(ListingDraft draft);

}
