package com.rolloutplanner.listing;

import com.rolloutplanner.change.ChangedPart;

/**
 * A module that adds its part to the listing rows being written (how the KPIs stand, how
 * the business case stands), so that the listing depends on none of those modules: each
 * reads its own data for all the engagements of a draft at once.
 */
public interface ListingContributor {

	void contribute(ListingDraft draft);

	/**
	 * The part of an engagement whose change this contribution follows: a change to that
	 * part alone writes it again (with the rest of the listing as it was).
	 */
	ChangedPart part();

}
