package com.rolloutplanner.listing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Where the listing finds the engagements it writes: implemented by the module that owns
 * engagements, so that the listing depends on none of it.
 */
public interface ListingSource {

	/** The engagements of these ids that exist, whoever may see them. */
	List<Row> read(Collection<Long> ids);

	/**
	 * An engagement as its listing shows it, its open quick-win flags counted; its stage
	 * by name ({@code PROPOSAL}, {@code NOT_CHOSEN} or {@code SIGNED}: only a signed one
	 * is in a phase).
	 */
	record Row(Long id, String name, Long clientId, Long partnerId, LocalDate goLive, int contractMonths,
			long openCritical, long openWarnings, String stage) {
	}

}
