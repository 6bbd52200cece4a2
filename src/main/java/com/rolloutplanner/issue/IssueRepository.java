package com.rolloutplanner.issue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface IssueRepository extends JpaRepository<Issue, Long> {

	Optional<Issue> findByIdAndEngagementId(Long id, Long engagementId);

	List<Issue> findByEngagementIdOrderByRaisedAtDescIdDesc(Long engagementId, Pageable pageable);

	/**
	 * The issues of an engagement, open ones first and among them those still waiting for
	 * a response by when it is due, then by when they were raised, newest first;
	 * optionally only the open ones, optionally only those of a tier at the moment.
	 */
	@Query(value = "select i from Issue i where i.engagementId = :engagementId "
			+ "and (:open = false or i.resolvedAt is null) and (:tier is null or (case "
			+ "when coalesce(i.respondedAt, i.resolvedAt, :now) <= i.responseDue then 'OPERATIONAL' "
			+ "when coalesce(i.respondedAt, i.resolvedAt, :now) <= i.executiveDue then 'STEERING_GROUP' "
			+ "else 'EXECUTIVE' end) = :tier) order by case when i.resolvedAt is null then 0 else 1 end, "
			+ "case when i.respondedAt is null then 0 else 1 end, "
			+ "case when i.respondedAt is null then i.responseDue else null end asc nulls last, "
			+ "i.raisedAt desc, i.id desc",
			countQuery = "select count(i) from Issue i where i.engagementId = :engagementId "
					+ "and (:open = false or i.resolvedAt is null) and (:tier is null or (case "
					+ "when coalesce(i.respondedAt, i.resolvedAt, :now) <= i.responseDue then 'OPERATIONAL' "
					+ "when coalesce(i.respondedAt, i.resolvedAt, :now) <= i.executiveDue then 'STEERING_GROUP' "
					+ "else 'EXECUTIVE' end) = :tier)")
	Page<Issue> page(@Param("engagementId") Long engagementId, @Param("open") boolean open, @Param("tier") String tier,
			@Param("now") Instant now, Pageable pageable);

	/**
	 * Open issues still waiting for a response whose tier at the moment is above the one
	 * told, oldest due first, at most a page of them.
	 */
	@Query("select i from Issue i where i.resolvedAt is null and i.respondedAt is null and ("
			+ "(i.notifiedTier = com.rolloutplanner.issue.EscalationTier.OPERATIONAL and i.responseDue < :now) or "
			+ "(i.notifiedTier <> com.rolloutplanner.issue.EscalationTier.EXECUTIVE and i.executiveDue < :now)) "
			+ "order by i.responseDue, i.id")
	List<Issue> escalating(@Param("now") Instant now, Pageable pageable);

	/**
	 * The issues of an engagement escalated at the moment: raised and not resolved by
	 * then, without a response by then, due before; the longest overdue first.
	 */
	@Query("select i from Issue i where i.engagementId = :engagementId and i.raisedAt <= :at "
			+ "and (i.resolvedAt is null or i.resolvedAt > :at) and (i.respondedAt is null or i.respondedAt > :at) "
			+ "and i.responseDue < :at order by i.responseDue, i.id")
	List<Issue> escalatedAt(@Param("engagementId") Long engagementId, @Param("at") Instant at, Pageable pageable);

	/**
	 * The open issues of engagements that a side still owes a response, for deadlines.
	 */
	@Query("select i from Issue i where i.engagementId in :ids and i.resolvedAt is null and i.respondedAt is null")
	List<Issue> awaitingResponse(@Param("ids") java.util.Collection<Long> ids);

}
