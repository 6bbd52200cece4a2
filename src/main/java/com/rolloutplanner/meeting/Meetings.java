package com.rolloutplanner.meeting;

import com.rolloutplanner.steering.Arrangement;
import com.rolloutplanner.steering.Meeting;
import com.rolloutplanner.steering.MeetingFinder;
import com.rolloutplanner.steering.MeetingKind;
import com.rolloutplanner.steering.MeetingNotCancellableException;
import com.rolloutplanner.steering.MeetingRepository;
import com.rolloutplanner.steering.MeetingView;
import com.rolloutplanner.action.ActionItems;
import com.rolloutplanner.minutes.MeetingMinutes;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.Parties;
import com.rolloutplanner.steering.SteeringEvents.CadenceScheduled;
import com.rolloutplanner.steering.SteeringEvents.MeetingCancelled;
import com.rolloutplanner.steering.SteeringEvents.MeetingRearranged;
import com.rolloutplanner.steering.SteeringEvents.MeetingScheduled;
import com.rolloutplanner.steering.SteeringEvents.MinutesApprovalsUndone;
import com.rolloutplanner.system.StaleVersionException;

/**
 * The meetings of engagements: scheduled one by one or in the recommended cadence,
 * rearranged and cancelled, read by engagement and across all of them; behind the
 * engagement's own access check. Their agendas and minutes are {@link MeetingMinutes},
 * the actions handed out in them {@link ActionItems}. Every change is published as an
 * event; rearranging a meeting whose minutes were approved undoes the approvals, and says
 * so.
 */
@Service
@Transactional(readOnly = true)
public class Meetings {

	/** How many months ahead the recommended cadence is scheduled with one click. */
	public static final int CADENCE_MONTHS = 3;

	public static final LocalTime DEFAULT_TIME = LocalTime.of(10, 0);

	public static final int DEFAULT_MINUTES = 60;

	private final MeetingRepository meetings;

	private final MeetingFinder finder;

	private final Engagements engagements;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Meetings(MeetingRepository meetings, MeetingFinder finder, Engagements engagements,
			ApplicationEventPublisher events, Clock clock) {
		this.meetings = meetings;
		this.finder = finder;
		this.engagements = engagements;
		this.events = events;
		this.clock = clock;
	}

	// Reading

	/** The meetings of a visible engagement, in time order. */
	public List<MeetingView> meetings(Long engagementId, Access access) {
		this.engagements.parties(engagementId, access);
		List<Meeting> all = this.meetings.findByEngagementIdOrderByStartsAtAscIdAsc(engagementId);
		return all.stream().map(MeetingView::of).toList();
	}

	/** A page of the meetings held before a moment, the latest first. */
	public Page<MeetingView> held(Long engagementId, LocalDateTime before, Access access, int page, int size) {
		this.engagements.parties(engagementId, access);
		return this.meetings
			.findByEngagementIdAndStartsAtBefore(engagementId, before,
					PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "startsAt", "id")))
			.map(MeetingView::of);
	}

	/**
	 * The first meetings from a moment on, the earliest first, and how many there are.
	 */
	public Page<MeetingView> upcoming(Long engagementId, LocalDateTime from, Access access, int size) {
		this.engagements.parties(engagementId, access);
		return this.meetings
			.findByEngagementIdAndStartsAtGreaterThanEqual(engagementId, from,
					PageRequest.of(0, size, Sort.by("startsAt", "id")))
			.map(MeetingView::of);
	}

	public MeetingView meeting(Long engagementId, Long meetingId, Access access) {
		return MeetingView.of(this.finder.find(engagementId, meetingId, access));
	}

	/**
	 * The meetings starting from {@code from} until {@code until} (exclusive, local
	 * times) across every engagement, the first {@code limit}.
	 */
	public List<MeetingView> startingBetween(LocalDateTime from, LocalDateTime until, int limit) {
		return this.meetings.findStartingBetween(from, until, PageRequest.of(0, limit))
			.stream()
			.map(MeetingView::of)
			.toList();
	}

	/** The meetings that started from one moment to another, the first by their start. */
	public List<MeetingView> startedBetween(Instant from, Instant until, int limit) {
		return this.meetings.findStartedBetween(from, until, PageRequest.of(0, limit))
			.stream()
			.map(MeetingView::of)
			.toList();
	}

	public List<MeetingView> meetingsOf(Collection<Long> engagementIds) {
		return this.meetings.findByEngagementIdIn(engagementIds).stream().map(MeetingView::of).toList();
	}

	/** The meetings of the engagements that start from one moment until another. */
	public List<MeetingView> meetingsOf(Collection<Long> engagementIds, LocalDateTime from, LocalDateTime until) {
		if (engagementIds.isEmpty()) {
			return List.of();
		}
		return this.meetings
			.findByEngagementIdInAndStartsAtGreaterThanEqualAndStartsAtLessThan(engagementIds, from, until)
			.stream()
			.map(MeetingView::of)
			.toList();
	}

	// Scheduling

	@Transactional
	public Long schedule(Long engagementId, Arrangement arrangement, CurrentUser user) {
		this.engagements.parties(engagementId, user.access());
		Meeting meeting = this.meetings
			.save(new Meeting(engagementId, arrangement, this.clock.getZone().getId(), this.clock.instant()));
		this.events.publishEvent(new MeetingScheduled(engagementId, meeting.getId(), arrangement.kind(),
				arrangement.startsAt(), user.signature()));
		return meeting.getId();
	}

	/**
	 * Schedules the recommended cadence from tomorrow for {@link #CADENCE_MONTHS} months,
	 * leaving out meetings of a kind already scheduled on that day.
	 * @return how many meetings were scheduled
	 */
	@Transactional
	public int scheduleCadence(Long engagementId, CurrentUser user) {
		Parties parties = this.engagements.parties(engagementId, user.access());
		LocalDate from = LocalDate.now(this.clock).plusDays(1);
		int count = 0;
		for (Cadence.Slot slot : Cadence.recommended(parties.goLive(), from, CADENCE_MONTHS)) {
			LocalDateTime start = slot.date().atTime(timeOf(slot.kind()));
			if (this.meetings.existsByEngagementIdAndKindAndStartsAtBetween(engagementId, slot.kind(),
					slot.date().atStartOfDay(), slot.date().atTime(LocalTime.MAX))) {
				continue;
			}
			this.meetings.save(new Meeting(engagementId,
					new Arrangement(slot.kind(), start, DEFAULT_MINUTES, null, null, Set.of()),
					this.clock.getZone().getId(), this.clock.instant()));
			count++;
		}
		if (count > 0) {
			this.events.publishEvent(new CadenceScheduled(engagementId, count, from,
					from.plusMonths(CADENCE_MONTHS).minusDays(1), user.signature()));
		}
		return count;
	}

	@Transactional
	public void rearrange(Long engagementId, Long meetingId, long basedOnVersion, Arrangement arrangement,
			CurrentUser user) {
		Meeting meeting = this.finder.findForChange(engagementId, meetingId, user.access());
		StaleVersionException.requireCurrent("Meeting", meetingId, meeting.getVersion(), basedOnVersion);
		boolean undone = meeting.arrange(arrangement);
		this.finder.saveChecked(meeting);
		this.events.publishEvent(new MeetingRearranged(engagementId, meetingId, arrangement.kind(),
				arrangement.startsAt(), user.signature()));
		if (undone) {
			this.events.publishEvent(new MinutesApprovalsUndone(engagementId, meetingId, meeting.getKind(),
					meeting.getStartsAt(), user.signature()));
		}
	}

	@Transactional
	public void cancel(Long engagementId, Long meetingId, CurrentUser user) {
		Meeting meeting = this.finder.findForChange(engagementId, meetingId, user.access());
		if (!meeting.isCancellable(this.clock.instant())) {
			throw new MeetingNotCancellableException(meetingId);
		}
		this.meetings.delete(meeting);
		this.events.publishEvent(
				new MeetingCancelled(engagementId, meeting.getKind(), meeting.getStartsAt(), user.signature()));
	}

	/** Joint reviews in the morning, steering groups after lunch: never both at once. */
	static LocalTime timeOf(MeetingKind kind) {
		return (kind == MeetingKind.OPERATIONAL_REVIEW) ? LocalTime.of(9, 0) : LocalTime.of(13, 0);
	}

}
