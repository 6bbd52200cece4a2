package com.rolloutplanner.servicelevel;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceLevelRepository extends JpaRepository<ServiceLevel, Long> {

	Optional<ServiceLevel> findByKpiIdAndEngagementId(Long kpiId, Long engagementId);

	/** An engagement's service levels with their steps, in one query. */
	@EntityGraph(attributePaths = "steps")
	List<ServiceLevel> findByEngagementId(Long engagementId);

	@EntityGraph(attributePaths = "steps")
	List<ServiceLevel> findByEngagementIdIn(Collection<Long> engagementIds);

}
