package com.rolloutplanner.issue;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.engagement.Engagements;

/**
 * How many issues of engagements are open, critical and escalated at a moment, one query
 * for a page of engagements, and the first escalated issues of one.
 */
@Service
@Transactional(readOnly = true)
public class IssueCounts {

	private final Engagements engagements;

	private final IssueRepository issues;

	private final JdbcClient jdbc;

	private final Clock clock;

	IssueCounts(Engagements engagements, IssueRepository issues, JdbcClient jdbc, Clock clock) {
		this.engagements = engagements;
		this.issues = issues;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** How many issues of an engagement are open, and of them critical and escalated. */
	public record Counts(long open, long critical, long steeringGroup, long executive) {

		public long escalated() {
			return this.steeringGroup + this.executive;
		}

	}

	/**
	 * The counts of a visible engagement now: one query, whatever the number of issues.
	 */
	public Counts counts(Long engagementId, Access access) {
		return counts(engagementId, access, this.clock.instant());
	}

	/** The counts of a visible engagement at a moment. */
	public Counts counts(Long engagementId, Access access, Instant at) {
		this.engagements.parties(engagementId, access);
		return counts(List.of(engagementId), at).getOrDefault(engagementId, new Counts(0, 0, 0, 0));
	}

	/** The counts of engagements at a moment, by engagement: one query. */
	public Map<Long, Counts> counts(Collection<Long> engagementIds, Instant at) {
		Map<Long, Instant> moments = new java.util.LinkedHashMap<>();
		engagementIds.forEach((id) -> moments.put(id, at));
		return counts(moments);
	}

	/**
	 * The counts of engagements each at a moment of its own (the end of a month of its
	 * journey), by engagement: one query for a page of them.
	 */
	public Map<Long, Counts> counts(Map<Long, Instant> moments) {
		Map<Long, Counts> counts = new HashMap<>();
		if (moments.isEmpty()) {
			return counts;
		}
		StringBuilder at = new StringBuilder("(case engagement_id");
		Map<String, Object> params = new HashMap<>();
		List<Instant> distinct = moments.values().stream().distinct().toList();
		moments.forEach((id, moment) -> {
			String name = "at" + distinct.indexOf(moment);
			at.append(" when ").append(id).append(" then :").append(name);
			params.put(name, java.time.OffsetDateTime.ofInstant(moment, this.clock.getZone()));
		});
		at.append(" end)");
		String clockAt = "coalesce(case when responded_at <= " + at + " then responded_at end, " + at + ")";
		this.jdbc
			.sql("select engagement_id, count(*) as open_count, "
					+ "sum(case when severity = 'CRITICAL' then 1 else 0 end) as critical_count, " + "sum(case when "
					+ clockAt + " > response_due and " + clockAt
					+ " <= executive_due then 1 else 0 end) as steering_count, " + "sum(case when " + clockAt
					+ " > executive_due then 1 else 0 end) as executive_count "
					+ "from engagement_issue where engagement_id in (:ids) and raised_at <= " + at
					+ " and (resolved_at is null or resolved_at > " + at + ") group by engagement_id")
			.param("ids", moments.keySet())
			.params(params)
			.query((rs, row) -> counts.put(rs.getLong("engagement_id"),
					new Counts(rs.getLong("open_count"), rs.getLong("critical_count"), rs.getLong("steering_count"),
							rs.getLong("executive_count"))))
			.list();
		return counts;
	}

	/**
	 * The issues of a visible engagement escalated at a moment (the longest overdue
	 * first, at most {@code limit}) and how many there are then.
	 */
	public Escalated escalated(Long engagementId, Access access, Instant at, int limit) {
		Counts counts = counts(engagementId, access, at);
		List<IssueView> first = this.issues.escalatedAt(engagementId, at, PageRequest.of(0, limit))
			.stream()
			.map((issue) -> IssueView.of(issue, at))
			.toList();
		return new Escalated(counts, first);
	}

	/** The counts of an engagement's issues at a moment, and the first escalated ones. */
	public record Escalated(Counts counts, List<IssueView> first) {
	}

}
