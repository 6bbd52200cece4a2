package com.rolloutplanner.minutes;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.rolloutplanner.changerequest.DecisionSource;

/**
 * The decisions recorded in an engagement's meetings, for the change requests they
 * decide: the newest first, each with its meeting's kind and start.
 */
@Component
class MeetingDecisions implements DecisionSource {

	private static final String SELECT = "select d.id, d.meeting_id, m.kind, m.starts_at, d.text from decision d "
			+ "join meeting m on m.id = d.meeting_id where m.engagement_id = :engagementId";

	private final JdbcClient jdbc;

	MeetingDecisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<DecisionRef> recent(Long engagementId, int limit) {
		return this.jdbc.sql(SELECT + " order by m.starts_at desc, d.id desc fetch first :limit rows only")
			.param("engagementId", engagementId)
			.param("limit", limit)
			.query((rs, row) -> ref(rs))
			.list();
	}

	@Override
	public Optional<DecisionRef> find(Long engagementId, Long decisionId) {
		return this.jdbc.sql(SELECT + " and d.id = :id")
			.param("engagementId", engagementId)
			.param("id", decisionId)
			.query((rs, row) -> ref(rs))
			.optional();
	}

	@Override
	public java.util.Map<Long, DecisionRef> find(Long engagementId, java.util.Collection<Long> decisionIds) {
		java.util.Map<Long, DecisionRef> found = new java.util.HashMap<>();
		if (decisionIds.isEmpty()) {
			return found;
		}
		this.jdbc.sql(SELECT + " and d.id in (:ids)")
			.param("engagementId", engagementId)
			.param("ids", decisionIds)
			.query((rs, row) -> ref(rs))
			.list()
			.forEach((ref) -> found.put(ref.id(), ref));
		return found;
	}

	private static DecisionRef ref(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new DecisionRef(rs.getLong("id"), rs.getLong("meeting_id"), rs.getString("kind"),
				rs.getObject("starts_at", LocalDateTime.class), rs.getString("text"));
	}

}
