package com.rolloutplanner.changerequest;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The decisions recorded in an engagement's meetings, for a change request to be decided
 * by one: the steering module provides them.
 */
public interface DecisionSource {

	/** A decision with its meeting's kind and start. */
	record DecisionRef(Long id, Long meetingId, String meetingKind, LocalDateTime meetingStart, String text) {
	}

	/** The engagement's newest decisions, at most {@code limit}. */
	List<DecisionRef> recent(Long engagementId, int limit);

	/** A decision of the engagement. */
	Optional<DecisionRef> find(Long engagementId, Long decisionId);

	/** The decisions of the engagement with these ids, by id: one query for a page. */
	java.util.Map<Long, DecisionRef> find(Long engagementId, java.util.Collection<Long> decisionIds);

}
