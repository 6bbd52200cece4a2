package com.rolloutplanner.engagement;

import java.util.List;

import org.springframework.data.repository.Repository;

interface AuditEntryRepository extends Repository<AuditEntry, Long> {

	AuditEntry save(AuditEntry entry);

	List<AuditEntry> findByEngagementIdOrderByChangedAtDescIdDesc(Long engagementId);

}
