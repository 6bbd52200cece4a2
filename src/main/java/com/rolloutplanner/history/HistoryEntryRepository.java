package com.rolloutplanner.history;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface HistoryEntryRepository extends Repository<HistoryEntry, Long> {

	HistoryEntry save(HistoryEntry entry);

	Page<HistoryEntry> findByEngagementIdOrderByOccurredAtDescIdDesc(Long engagementId, Pageable page);

	Page<HistoryEntry> findAllByOrderByOccurredAtDescIdDesc(Pageable page);

	boolean existsByEngagementId(Long engagementId);

	/** Entries of some kinds in a period, oldest first, a page at a time. */
	Page<HistoryEntry> findByEngagementIdAndOccurredAtGreaterThanEqualAndOccurredAtLessThanAndMessageKeyInOrderByOccurredAtAscIdAsc(
			Long engagementId, java.time.Instant from, java.time.Instant to, java.util.Collection<String> keys,
			Pageable page);

	/** The last name an engagement had in its history (for one that no longer exists). */
	@Query("select h.engagementName from HistoryEntry h where h.engagementId = :engagementId "
			+ "and h.engagementName is not null order by h.occurredAt desc, h.id desc limit 1")
	Optional<String> lastName(Long engagementId);

}
