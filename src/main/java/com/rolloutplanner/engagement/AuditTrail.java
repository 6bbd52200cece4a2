package com.rolloutplanner.engagement;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records every change to an engagement and reads its history. */
@Service
@Transactional(readOnly = true)
class AuditTrail {

	private final AuditEntryRepository entries;

	private final Clock clock;

	AuditTrail(AuditEntryRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@Transactional
	void record(Long engagementId, String actor, String action, List<FieldChange> changes) {
		var now = this.clock.instant();
		if (changes.isEmpty()) {
			this.entries.save(new AuditEntry(engagementId, now, actor, action, null, null, null));
		}
		for (FieldChange change : changes) {
			this.entries.save(new AuditEntry(engagementId, now, actor, action, change.field(), change.oldValue(),
					change.newValue()));
		}
	}

	List<AuditEntry> history(Long engagementId) {
		return this.entries.findByEngagementIdOrderByChangedAtDescIdDesc(engagementId);
	}

}
