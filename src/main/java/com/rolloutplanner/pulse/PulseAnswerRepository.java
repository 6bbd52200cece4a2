package com.rolloutplanner.pulse;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface PulseAnswerRepository extends Repository<PulseAnswer, Long> {

	PulseAnswer saveAndFlush(PulseAnswer answer);

	Optional<PulseAnswer> findByEngagementIdAndMonthAndUsername(Long engagementId, int month, String username);

	/** Every answer of an engagement: a few managers a pulse month, at most 90 months. */
	List<PulseAnswer> findByEngagementIdOrderByMonthAscAnsweredAtAsc(Long engagementId);

	/** Every answer of the engagements, for their listing rows. */
	List<PulseAnswer> findByEngagementIdIn(java.util.Collection<Long> engagementIds);

	/** The answers of the engagements for one month of their journeys. */
	List<PulseAnswer> findByEngagementIdInAndMonth(java.util.Collection<Long> engagementIds, int month);

}
