package com.rolloutplanner.action;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

interface ActionItemRepository extends Repository<ActionItem, Long> {

	ActionItem save(ActionItem action);

	ActionItem saveAndFlush(ActionItem action);

	Optional<ActionItem> findByIdAndEngagementId(Long id, Long engagementId);

	List<ActionItem> findByEngagementIdOrderByDueDateAscIdAsc(Long engagementId);

	List<ActionItem> findByEngagementIdAndDoneFalseOrderByDueDateAscIdAsc(Long engagementId);

	/** The actions of an engagement, done or not, of a side and an owner when given. */
	@org.springframework.data.jpa.repository.Query("""
			select a from ActionItem a where a.engagementId = :engagementId and a.done = :done
			and (:side is null or a.ownerSide = :side) and (:owner is null or a.ownerUsername = :owner)""")
	public Page<ActionItem> findFiltered(Long engagementId, boolean done, com.rolloutplanner.roadmap.OwnerSide side,
			String owner, Pageable pageable);

	Page<ActionItem> findByEngagementIdAndDoneTrue(Long engagementId, Pageable pageable);

	Page<ActionItem> findByEngagementId(Long engagementId, Pageable pageable);

	List<ActionItem> findByMeetingIdOrderByIdAsc(Long meetingId);

	List<ActionItem> findByEngagementIdIn(Collection<Long> engagementIds);

	@org.springframework.data.jpa.repository.Query("select a from ActionItem a where a.done = false "
			+ "and a.dueDate >= :from and a.dueDate < :until order by a.dueDate, a.id")
	public List<ActionItem> findOpenDueBetween(java.time.LocalDate from, java.time.LocalDate until,
			org.springframework.data.domain.Pageable page);

}
