package com.rolloutplanner.change;

import java.util.Set;

/**
 * Something that happened to an engagement, published in the transaction of the change:
 * every event about an engagement, whichever module publishes it, is one of these. The
 * listing refreshes an engagement's row from this one family; a new kind of change needs
 * no new listener there.
 */
public interface EngagementChange {

	/** The engagement the change concerns. */
	Long engagementId();

	/**
	 * Who made the change as the history names them; {@code null} when nobody did (a
	 * guest opening a share link, a consequence of another change).
	 */
	default String actor() {
		return null;
	}

	/**
	 * What of the engagement the change touches (see {@link ChangedPart}): everything
	 * unless the change says less.
	 */
	default Set<ChangedPart> changedParts() {
		return ChangedPart.EVERYTHING;
	}

}
