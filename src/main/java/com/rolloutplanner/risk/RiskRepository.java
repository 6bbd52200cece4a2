package com.rolloutplanner.risk;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RiskRepository extends JpaRepository<Risk, Long> {

	Optional<Risk> findByIdAndEngagementId(Long id, Long engagementId);

	/**
	 * The risks of an engagement, open ones first, the highest score first, then by the
	 * next review; optionally only the open ones.
	 */
	@Query("select r from Risk r where r.engagementId = :engagementId and (:open = false or "
			+ "r.status = com.rolloutplanner.risk.RiskStatus.OPEN) order by "
			+ "case r.status when com.rolloutplanner.risk.RiskStatus.OPEN then 0 "
			+ "when com.rolloutplanner.risk.RiskStatus.MITIGATED then 1 else 2 end, "
			+ "r.likelihood * r.impact desc, r.reviewDate, r.id")
	Page<Risk> page(@Param("engagementId") Long engagementId, @Param("open") boolean open, Pageable pageable);

	/** The open risks of engagements, for their review dates. */
	@Query("select r from Risk r where r.engagementId in :ids and r.status = com.rolloutplanner.risk.RiskStatus.OPEN")
	List<Risk> open(@Param("ids") Collection<Long> ids);

	/** How many open risks of an engagement have each likelihood and impact. */
	@Query("select r.likelihood, r.impact, count(r) from Risk r where r.engagementId = :engagementId "
			+ "and r.status = com.rolloutplanner.risk.RiskStatus.OPEN group by r.likelihood, r.impact")
	List<Object[]> heat(@Param("engagementId") Long engagementId);

	/**
	 * How many risks of an engagement are open, and of them high (a score from the given
	 * one).
	 */
	@Query("select count(r), coalesce(sum(case when r.likelihood * r.impact >= :high then 1 else 0 end), 0) "
			+ "from Risk r where r.engagementId = :engagementId and r.status = com.rolloutplanner.risk.RiskStatus.OPEN")
	List<Object[]> openAndHigh(@Param("engagementId") Long engagementId, @Param("high") int high);

	/** The newest risks of an engagement, for its agendas. */
	List<Risk> findByEngagementIdOrderByCreatedAtDescIdDesc(Long engagementId, Pageable pageable);

}
