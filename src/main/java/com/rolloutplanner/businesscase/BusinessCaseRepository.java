package com.rolloutplanner.businesscase;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface BusinessCaseRepository extends JpaRepository<BusinessCase, Long> {

	Optional<BusinessCase> findByEngagementId(Long engagementId);

	/** The business cases of many engagements, without their actuals. */
	List<BusinessCase> findByEngagementIdIn(Collection<Long> engagementIds);

	/** The business cases of many engagements with their actuals, in one query. */
	@EntityGraph(attributePaths = "actuals")
	List<BusinessCase> findWithActualsByEngagementIdIn(Collection<Long> engagementIds);

}
