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

	@org.springframework.data.jpa.repository.Query("select i from RoadmapItem i where i.status <> "
			+ "com.rolloutplanner.roadmap.ItemStatus.DONE and i.dueDate >= :from and i.dueDate < :until "
			+ "order by i.dueDate, i.id")
	List<RoadmapItem> findOpenDueBetween(java.time.LocalDate from, java.time.LocalDate until,
			org.springframework.data.domain.Pageable page);

	boolean existsByEngagementId(Long engagementId);

}
