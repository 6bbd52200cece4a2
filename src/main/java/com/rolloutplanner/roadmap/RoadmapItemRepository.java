package com.rolloutplanner.roadmap;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface RoadmapItemRepository extends Repository<RoadmapItem, Long> {

	RoadmapItem save(RoadmapItem item);

	RoadmapItem saveAndFlush(RoadmapItem item);

	void delete(RoadmapItem item);

	Optional<RoadmapItem> findByIdAndEngagementId(Long id, Long engagementId);

	List<RoadmapItem> findByEngagementIdOrderByDueDateAscIdAsc(Long engagementId);

	List<RoadmapItem> findByEngagementIdIn(Collection<Long> engagementIds);

	boolean existsByEngagementId(Long engagementId);

}
