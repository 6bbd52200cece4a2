package com.rolloutplanner.servicelevel;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceLevelRepository extends JpaRepository<ServiceLevel, Long> {

	Optional<ServiceLevel> findByKpiIdAndEngagementId(Long kpiId, Long engagementId);

	List<ServiceLevel> findByEngagementId(Long engagementId);

	List<ServiceLevel> findByEngagementIdIn(Collection<Long> engagementIds);

}
