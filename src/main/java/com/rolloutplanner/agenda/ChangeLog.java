package com.rolloutplanner.agenda;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The notable changes of an engagement between two moments, worded in the reader's
 * language: go-live moved, goals moved later, KPI targets lowered, flags raised, cleared,
 * acknowledged or withdrawn, gates and the charter signed. Implemented by the history,
 * which reads this module's events too (so this module cannot depend on it).
 */
public interface ChangeLog {

	/** At most this many changes are listed on an agenda. */
	int MAX_CHANGES = 30;

	/**
	 * The changes from {@code from} (inclusive) to {@code to} (exclusive), oldest first.
	 */
	List<String> notableChanges(Long engagementId, Instant from, Instant to, Locale locale);

}
