package com.rolloutplanner.due;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A module whose things fall due (roadmap items, gates, the charter, actions), read for
 * many engagements at once so that a list costs one query per module.
 */
public interface DueContributor {

	/**
	 * What falls due in the engagements with these go-live dates, by engagement id;
	 * engagements without any may be left out.
	 */
	Map<Long, List<DueItem>> dueItems(Map<Long, LocalDate> goLives);

}
