package com.rolloutplanner.report;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ArchivedReportRepository extends Repository<ArchivedReport, Long> {

	ArchivedReport save(ArchivedReport report);

	List<ArchivedReport> findByEngagementIdOrderByArchivedAtDesc(Long engagementId);

	Optional<ArchivedReport> findByIdAndEngagementId(Long id, Long engagementId);

}
