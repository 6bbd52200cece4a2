package com.rolloutplanner.report;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ArchivedReportRepository extends Repository<ArchivedReport, Long> {

	ArchivedReport save(ArchivedReport report);

	/** The archive of an engagement without the PDFs themselves, newest first. */
	@Query("select new com.rolloutplanner.report.ArchiveRow(r.id, r.asOf, r.language, r.archivedBy, "
			+ "r.archivedAt, (r.sizeBytes + 1023) / 1024, r.document, r.meetingKind, r.annexVersion) from ArchivedReport r "
			+ "where r.engagementId = :engagementId order by r.asOf desc, r.archivedAt desc")
	List<ArchiveRow> listByEngagementId(Long engagementId);

	boolean existsByEngagementIdAndAnnexVersion(Long engagementId, Integer annexVersion);

	Optional<ArchivedReport> findByIdAndEngagementId(Long id, Long engagementId);

}
