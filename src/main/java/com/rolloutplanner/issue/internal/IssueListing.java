package com.rolloutplanner.issue.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.rolloutplanner.listing.ListingContributor;
import com.rolloutplanner.listing.ListingDraft;
import com.rolloutplanner.listing.ListingSource;

/**
 * Adds how the issues stand to the listing rows being written: the open critical issues
 * and the day the earliest response still owed is due, for every engagement of the draft
 * in one query.
 */
@Component
class IssueListing implements ListingContributor {

	private final JdbcClient jdbc;

	private final Clock clock;

	IssueListing(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public com.rolloutplanner.change.ChangedPart part() {
		return com.rolloutplanner.change.ChangedPart.ISSUES;
	}

	@Override
	public void contribute(ListingDraft draft) {
		List<Long> ids = draft.engagements().stream().map(ListingSource.Row::id).toList();
		if (ids.isEmpty()) {
			return;
		}
		this.jdbc.sql("select engagement_id, sum(case when severity = 'CRITICAL' then 1 else 0 end) as critical, "
				+ "min(case when responded_at is null then response_due end) as first_due, "
				+ "sum(case when responded_at is null and notified_tier <> 'OPERATIONAL' then 1 else 0 end) as escalated "
				+ "from engagement_issue where engagement_id in (:ids) and resolved_at is null "
				+ "group by engagement_id")
			.param("ids", ids)
			.query((rs, row) -> {
				java.time.OffsetDateTime due = rs.getObject("first_due", java.time.OffsetDateTime.class);
				LocalDate day = (due != null) ? due.atZoneSameInstant(this.clock.getZone()).toLocalDate() : null;
				draft.issues(rs.getLong("engagement_id"), rs.getInt("critical"), day, rs.getInt("escalated"));
				return row;
			})
			.list();
	}

}
