package com.rolloutplanner.commitments;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

interface AnnexVersionRepository extends Repository<AnnexVersion, Long> {

	AnnexVersion save(AnnexVersion version);

	AnnexVersion saveAndFlush(AnnexVersion version);

	Optional<AnnexVersion> findByEngagementIdAndLatestTrue(Long engagementId);

	List<AnnexVersion> findByEngagementIdInAndLatestTrue(Collection<Long> engagementIds);

	/** The newest versions first, as many as the limit. */
	List<AnnexVersion> findByEngagementIdOrderByNumberDesc(Long engagementId, Limit limit);

	long countByEngagementId(Long engagementId);

	/** Versions carried over from the charter whose terms are not fingerprinted yet. */
	List<AnnexVersion> findByContentHashIsNullOrderById(Limit limit);

}
