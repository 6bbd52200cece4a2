package com.rolloutplanner.history;

import java.util.Locale;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.engagement.EngagementNotFoundException;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.Parties;

/**
 * Reads the history, a page at a time, in the reader's language. An engagement's history
 * is for those who may see the engagement; after a deletion, for administrators.
 */
@Service
@Transactional(readOnly = true)
public class History {

	static final int PAGE_SIZE = 50;

	private final HistoryEntryRepository entries;

	private final Engagements engagements;

	private final HistoryWording wording;

	History(HistoryEntryRepository entries, Engagements engagements, HistoryWording wording) {
		this.entries = entries;
		this.engagements = engagements;
		this.wording = wording;
	}

	public EngagementHistory ofEngagement(Long engagementId, int page, CurrentUser user, Locale locale) {
		Optional<Parties> visible = this.engagements.visibleParties(engagementId, user.access());
		boolean deleted = visible.isEmpty();
		if (deleted && !(user.isAdmin() && this.entries.existsByEngagementId(engagementId))) {
			throw new EngagementNotFoundException(engagementId);
		}
		String name = visible.map(Parties::name).orElseGet(() -> this.entries.lastName(engagementId).orElse(""));
		Page<HistoryRow> rows = this.entries
			.findByEngagementIdOrderByOccurredAtDescIdDesc(engagementId, PageRequest.of(Math.max(page, 0), PAGE_SIZE))
			.map((entry) -> this.wording.row(entry, locale));
		return new EngagementHistory(engagementId, name, deleted, rows);
	}

	public Page<HistoryRow> all(int page, Locale locale) {
		return this.entries.findAllByOrderByOccurredAtDescIdDesc(PageRequest.of(Math.max(page, 0), PAGE_SIZE))
			.map((entry) -> this.wording.row(entry, locale));
	}

	public record EngagementHistory(Long engagementId, String name, boolean deleted, Page<HistoryRow> rows) {
	}

	/**
	 * An entry as shown: when, who, what happened in words, and whether it is worth
	 * noticing.
	 */
	record HistoryRow(String when, String who, String what, boolean marked, Long engagementId, String engagementName) {
	}

}
