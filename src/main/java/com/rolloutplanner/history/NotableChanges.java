package com.rolloutplanner.history;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.agenda.ChangeLog;

/**
 * The changes a steering group should hear about, read from the history for an agenda:
 * go-live moved, goals moved later, KPI targets lowered, flags raised, cleared,
 * acknowledged or withdrawn, gates and the terms annex signed, the annex outdated by a
 * change, sign-offs undone by changed criteria.
 */
@Component
@Transactional(readOnly = true)
class NotableChanges implements ChangeLog {

	static final Set<String> KEYS = Set.of("history.entry.goLiveLater", "history.entry.goLiveEarlier",
			"history.entry.goalMovedLater", "history.entry.kpiTargetLowered", "history.entry.flagRaised",
			"history.entry.flagCleared", "history.entry.flagAcknowledged", "history.entry.flagWithdrawn",
			"history.entry.gateSigned", "history.entry.annexSigned", "history.entry.annexOutdated",
			"history.entry.gateCriteriaChangedSignOffsUndone");

	private final HistoryEntryRepository entries;

	private final HistoryWording wording;

	NotableChanges(HistoryEntryRepository entries, HistoryWording wording) {
		this.entries = entries;
		this.wording = wording;
	}

	@Override
	public List<String> notableChanges(Long engagementId, Instant from, Instant to, Locale locale) {
		return this.entries
			.findByEngagementIdAndOccurredAtGreaterThanEqualAndOccurredAtLessThanAndMessageKeyInOrderByOccurredAtAscIdAsc(
					engagementId, from, to, KEYS, PageRequest.of(0, MAX_CHANGES))
			.map((entry) -> this.wording.sentence(entry, locale))
			.toList();
	}

}
