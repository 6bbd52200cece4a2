package com.rolloutplanner.steering;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface MeetingRepository extends Repository<Meeting, Long> {

	Meeting save(Meeting meeting);

	Meeting saveAndFlush(Meeting meeting);

	void delete(Meeting meeting);

	Optional<Meeting> findByIdAndEngagementId(Long id, Long engagementId);

	List<Meeting> findByEngagementIdOrderByStartsAtAscIdAsc(Long engagementId);

	Page<Meeting> findByEngagementIdAndStartsAtBefore(Long engagementId, LocalDateTime before, Pageable pageable);

	public Page<Meeting> findByEngagementIdAndStartsAtGreaterThanEqual(Long engagementId, LocalDateTime from,
			Pageable pageable);

	/**
	 * A page of the meetings of an engagement that decided something, the latest first.
	 */
	@Query("select m from Meeting m where m.engagementId = :engagementId and m.decisions is not empty "
			+ "order by m.startsAt desc, m.id desc")
	Page<Meeting> findDeciding(Long engagementId, Pageable pageable);

	/**
	 * The latest meetings before a moment with decisions or notes not marked internal,
	 * the latest first.
	 */
	@Query("select m from Meeting m where m.engagementId = :engagementId and m.startsAt < :before "
			+ "and (m.decisions is not empty or exists (select p.id from Meeting m2 join m2.agenda p "
			+ "where m2 = m and p.notes is not null and p.notesInternal = false)) order by m.startsAt desc, m.id desc")
	List<Meeting> findSharedMinutes(Long engagementId, LocalDateTime before, Pageable pageable);

	/** A page of an engagement's meetings in the order the page asks for. */
	Page<Meeting> findByEngagementId(Long engagementId, Pageable pageable);

	List<Meeting> findByEngagementIdIn(Collection<Long> engagementIds);

	List<Meeting> findByEngagementIdInAndStartsAtGreaterThanEqualAndStartsAtLessThan(Collection<Long> engagementIds,
			java.time.LocalDateTime from, java.time.LocalDateTime until);

	@Query("select m from Meeting m where m.startsAt >= :from and m.startsAt < :until order by m.startsAt, m.id")
	List<Meeting> findStartingBetween(LocalDateTime from, LocalDateTime until, Pageable page);

	@Query("select m from Meeting m where m.startsMoment >= :from and m.startsMoment <= :until "
			+ "order by m.startsMoment, m.id")
	List<Meeting> findStartedBetween(Instant from, Instant until, Pageable page);

	/** When each meeting of an engagement starts, without loading the meetings. */
	List<Start> findStartsByEngagementId(Long engagementId);

	/** A meeting's id and start. */
	interface Start {

		Long getId();

		LocalDateTime getStartsAt();

	}

	/** The meeting before a moment, for "what changed since the previous meeting". */
	public Optional<Meeting> findFirstByEngagementIdAndStartsAtBeforeOrderByStartsAtDescIdDesc(Long engagementId,
			LocalDateTime before);

	public boolean existsByEngagementIdAndKindAndStartsAtBetween(Long engagementId, MeetingKind kind,
			LocalDateTime from, LocalDateTime to);

}
