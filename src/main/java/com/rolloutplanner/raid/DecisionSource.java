package com.rolloutplanner.raid;

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

}
