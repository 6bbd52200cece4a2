package com.rolloutplanner.changerequest;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ChangeRequestRepository extends JpaRepository<ChangeRequest, Long> {

	Optional<ChangeRequest> findByIdAndEngagementId(Long id, Long engagementId);

	/**
	 * The change requests of an engagement, those waiting for a decision first (oldest
	 * first), then the decided ones, newest first; optionally only those waiting.
	 */
	@Query("select c from ChangeRequest c where c.engagementId = :engagementId and (:open = false or "
			+ "c.status = com.rolloutplanner.changerequest.ChangeStatus.PROPOSED) order by "
			+ "case when c.status = com.rolloutplanner.changerequest.ChangeStatus.PROPOSED then 0 else 1 end, "
			+ "case when c.status = com.rolloutplanner.changerequest.ChangeStatus.PROPOSED then c.requestedAt else null end "
			+ "asc nulls last, c.decidedAt desc, c.id desc")
	Page<ChangeRequest> page(@Param("engagementId") Long engagementId, @Param("open") boolean open, Pageable pageable);

	/** The approved change requests of an engagement, in the order they were decided. */
	List<ChangeRequest> findByEngagementIdAndStatusOrderByDecidedAtAscIdAsc(Long engagementId, ChangeStatus status,
			Pageable pageable);

	long countByEngagementIdAndStatus(Long engagementId, ChangeStatus status);

	/** The newest change requests of an engagement, for its agendas. */
	List<ChangeRequest> findByEngagementIdOrderByRequestedAtDescIdDesc(Long engagementId, Pageable pageable);

}
