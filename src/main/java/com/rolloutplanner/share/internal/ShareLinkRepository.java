package com.rolloutplanner.share.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ShareLinkRepository extends Repository<ShareLink, Long> {

	ShareLink save(ShareLink link);

	Optional<ShareLink> findByTokenHash(String tokenHash);

	Optional<ShareLink> findByIdAndEngagementId(Long id, Long engagementId);

	List<ShareLink> findByEngagementIdOrderByCreatedAtDesc(Long engagementId);

	/**
	 * Counts an opening in the database itself, so that concurrent openings all count.
	 */
	@Modifying
	@Query("update ShareLink l set l.openCount = l.openCount + 1, l.lastOpenedAt = :now where l.id = :id")
	int countOpening(Long id, Instant now);

	/** Counts the first opening: 1 only for the one request that opened it first. */
	@Modifying
	@Query("update ShareLink l set l.openCount = 1, l.lastOpenedAt = :now where l.id = :id and l.openCount = 0")
	int countFirstOpening(Long id, Instant now);

}
