package com.rolloutplanner.listing;

import com.rolloutplanner.account.Access;

/**
 * The state of the listing a reader sees: how many rows it has and the sum of their write
 * numbers. Every change to an engagement writes its listing row anew under a new, higher
 * number (and a renamed organisation has its engagements' rows written again), so the
 * state changes with every change to anything a list shows, on every instance alike,
 * whatever order transactions commit in. What was read for one state is kept and served
 * again while the state is the same. An administrator's listing (every engagement) has no
 * state that one look-up could read, and nothing is kept for it.
 */
public record ListingState(Access access, long rows, long written) {

	static ListingState unkept(Access access) {
		return new ListingState(access, -1, -1);
	}

	/** Whether what is read for this state may be kept. */
	public boolean kept() {
		return this.rows >= 0;
	}

}
