package com.rolloutplanner.minutes;

import com.rolloutplanner.steering.AgendaKind;
import com.rolloutplanner.steering.Meeting;
import com.rolloutplanner.steering.MeetingFinder;
import com.rolloutplanner.steering.MeetingRepository;
import com.rolloutplanner.steering.MeetingView;
import com.rolloutplanner.agenda.AgendaPreparer;
import com.rolloutplanner.agenda.AgendaView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

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
import com.rolloutplanner.engagement.Side;
import com.rolloutplanner.steering.SteeringEvents.DecisionRecorded;
import com.rolloutplanner.steering.SteeringEvents.MinutesApprovalsUndone;
import com.rolloutplanner.steering.SteeringEvents.MinutesApproved;
import com.rolloutplanner.steering.SteeringEvents.MinutesChanged;

/**
 * The agenda and the minutes of meetings: the agenda prepared for the meeting's date and
 * its own points, the notes, the decisions and the approvals of both sides, and the
 * decisions log; behind the engagement's own access check. Every change is published as
 * an event; an edit of approved minutes undoes the approvals, and says so.
 */
@Service
@Transactional(readOnly = true)
public class MeetingMinutes {

	private final MeetingRepository meetings;

	private final MeetingFinder finder;

	private final Engagements engagements;

	private final AgendaPreparer agendas;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MeetingMinutes(MeetingRepository meetings, MeetingFinder finder, Engagements engagements, AgendaPreparer agendas,
			ApplicationEventPublisher events, Clock clock) {
		this.meetings = meetings;
		this.finder = finder;
		this.engagements = engagements;
		this.agendas = agendas;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A page of an engagement's meetings, oldest first, each with its agenda prepared for
	 * its date and its decisions. What the agendas are prepared from is read once for the
	 * page, so a page costs about the same whatever its size and however many meetings
	 * there are.
	 */
	public Page<MeetingRecord> meetingsWithMinutes(Long engagementId, Access access, Locale locale, int page,
			int size) {
		this.engagements.parties(engagementId, access);
		Page<Meeting> found = this.meetings.findByEngagementId(engagementId,
				PageRequest.of(page, size, Sort.by("startsAt", "id")));
		if (found.isEmpty()) {
			return found.map((m) -> null);
		}
		Map<Long, LocalDateTime> starts = this.meetings.findStartsByEngagementId(engagementId)
			.stream()
			.collect(Collectors.toMap(MeetingRepository.Start::getId, MeetingRepository.Start::getStartsAt));
		java.util.TreeSet<LocalDateTime> ordered = new java.util.TreeSet<>(starts.values());
		AgendaPreparer.Sources sources = this.agendas.sources(engagementId, access);
		return found.map((m) -> new MeetingRecord(MeetingView.of(m),
				this.agendas.prepare(m, ordered.lower(m.getStartsAt()), starts, sources, locale), decisionsOf(m)));
	}

	/** The agenda of a meeting as prepared for its date, in the reader's language. */
	public AgendaView agenda(Long engagementId, Long meetingId, Access access, Locale locale) {
		Meeting meeting = this.finder.find(engagementId, meetingId, access);
		LocalDateTime previous = this.meetings
			.findFirstByEngagementIdAndStartsAtBeforeOrderByStartsAtDescIdDesc(engagementId, meeting.getStartsAt())
			.map(Meeting::getStartsAt)
			.orElse(null);
		Map<Long, LocalDateTime> starts = this.meetings.findStartsByEngagementId(engagementId)
			.stream()
			.collect(Collectors.toMap(MeetingRepository.Start::getId, MeetingRepository.Start::getStartsAt));
		return this.agendas.prepare(meeting, previous, starts, access, locale);
	}

	/** The decisions of a meeting, in the order they were recorded. */
	public List<DecisionView> decisions(Long engagementId, Long meetingId, Access access) {
		return decisionsOf(this.finder.find(engagementId, meetingId, access));
	}

	/**
	 * A page of the decisions log: the meetings that decided something, the latest first.
	 */
	public Page<MeetingDecisions> decisionLog(Long engagementId, Access access, int page, int size) {
		this.engagements.parties(engagementId, access);
		return this.meetings.findDeciding(engagementId, PageRequest.of(page, size))
			.map((m) -> new MeetingDecisions(MeetingView.of(m), decisionsOf(m), List.of()));
	}

	/**
	 * What the minutes of the latest meetings held by a date may show beyond the two
	 * organisations, newest first: the decisions and the notes not marked internal, of at
	 * most {@code count} meetings that have either.
	 */
	public List<MeetingDecisions> sharedMinutes(Long engagementId, Access access, LocalDate heldBy, int count) {
		this.engagements.parties(engagementId, access);
		return this.meetings
			.findSharedMinutes(engagementId, heldBy.plusDays(1).atStartOfDay(), PageRequest.of(0, count))
			.stream()
			.map((m) -> new MeetingDecisions(MeetingView.of(m), decisionsOf(m),
					m.getAgenda()
						.stream()
						.filter((p) -> p.getNotes() != null && !p.isNotesInternal())
						.map((p) -> new SharedNote(p.getKind(), p.getTitle(), p.getNotes()))
						.toList()))
			.toList();
	}

	@Transactional
	public boolean addPoint(Long engagementId, Long meetingId, String title, CurrentUser user) {
		Meeting meeting = this.finder.findForChange(engagementId, meetingId, user.access());
		if (meeting.hasPoint(title)) {
			return false;
		}
		return minutesChanged(meeting, meeting.addPoint(title), user);
	}

	@Transactional
	public boolean removePoint(Long engagementId, Long meetingId, Long pointId, CurrentUser user) {
		Meeting meeting = this.finder.findForChange(engagementId, meetingId, user.access());
		return minutesChanged(meeting, meeting.removePoint(pointId), user);
	}

	@Transactional
	public boolean movePoint(Long engagementId, Long meetingId, Long pointId, int by, CurrentUser user) {
		Meeting meeting = this.finder.findForChange(engagementId, meetingId, user.access());
		// The neighbour is the next point the agenda shows, not the next one stored.
		List<Long> shown = agenda(engagementId, meetingId, user.access(), Locale.ROOT).points()
			.stream()
			.map(AgendaView.Point::id)
			.toList();
		int at = shown.indexOf(pointId);
		int to = at + Integer.signum(by);
		if (at < 0 || by == 0 || to < 0 || to >= shown.size()) {
			return false;
		}
		return minutesChanged(meeting, meeting.movePoint(pointId, shown.get(to), by < 0), user);
	}

	@Transactional
	public boolean recordNotes(Long engagementId, Long meetingId, Long pointId, String notes, boolean internal,
			CurrentUser user) {
		Meeting meeting = this.finder.findForChange(engagementId, meetingId, user.access());
		return minutesChanged(meeting, meeting.recordNotes(pointId, notes, internal), user);
	}

	/**
	 * Records the notes of several points at once, as the meeting page sends everything
	 * typed in it: points not named keep theirs.
	 * @return whether approvals were undone
	 */
	@Transactional
	public boolean recordNotes(Long engagementId, Long meetingId, Map<Long, Notes> notes, CurrentUser user) {
		Meeting meeting = this.finder.findForChange(engagementId, meetingId, user.access());
		boolean changed = false;
		for (Map.Entry<Long, Notes> point : notes.entrySet()) {
			changed |= meeting.recordNotes(point.getKey(), point.getValue().text(), point.getValue().internal());
		}
		return minutesChanged(meeting, changed, user);
	}

	/**
	 * Records the notes typed on the page and moves a point, in one transaction: the
	 * notes are kept whatever the move does.
	 * @return whether approvals were undone
	 */
	@Transactional
	public boolean movePoint(Long engagementId, Long meetingId, Long pointId, int by, Map<Long, Notes> notes,
			CurrentUser user) {
		boolean undone = recordNotes(engagementId, meetingId, notes, user);
		return movePoint(engagementId, meetingId, pointId, by, user) || undone;
	}

	/**
	 * Records the notes typed on the page for the other points and removes a point, in
	 * one transaction.
	 * @return whether approvals were undone
	 */
	@Transactional
	public boolean removePoint(Long engagementId, Long meetingId, Long pointId, Map<Long, Notes> notes,
			CurrentUser user) {
		Map<Long, Notes> others = new java.util.LinkedHashMap<>(notes);
		others.remove(pointId);
		boolean undone = recordNotes(engagementId, meetingId, others, user);
		return removePoint(engagementId, meetingId, pointId, user) || undone;
	}

	/** The notes on one agenda point, and whether they stay off the shared page. */
	public record Notes(String text, boolean internal) {
	}

	@Transactional
	public boolean recordDecision(Long engagementId, Long meetingId, String text, String decidedBy, CurrentUser user) {
		return recordDecision(engagementId, meetingId, text, decidedBy, null, user);
	}

	/** Whether the point is one of the meeting's agenda. */
	public boolean hasPoint(Long engagementId, Long meetingId, Long pointId, Access access) {
		return this.finder.find(engagementId, meetingId, access).hasPoint(pointId);
	}

	/** Records a decision that came from one of the agenda's points (or none). */
	@Transactional
	public boolean recordDecision(Long engagementId, Long meetingId, String text, String decidedBy, Long pointId,
			CurrentUser user) {
		Meeting meeting = this.finder.findForChange(engagementId, meetingId, user.access());
		if (meeting.hasDecision(text)) {
			return false;
		}
		boolean undone = meeting.addDecision(text, decidedBy, pointId, this.clock.instant());
		this.events.publishEvent(
				new DecisionRecorded(engagementId, meetingId, text.strip(), decidedBy.strip(), user.signature()));
		return minutesChanged(meeting, undone, user);
	}

	@Transactional
	public boolean removeDecision(Long engagementId, Long meetingId, Long decisionId, CurrentUser user) {
		Meeting meeting = this.finder.findForChange(engagementId, meetingId, user.access());
		return minutesChanged(meeting, meeting.removeDecision(decisionId), user);
	}

	/**
	 * @return whether an approval was recorded; not when the user is on neither side
	 */
	@Transactional
	public boolean approve(Long engagementId, Long meetingId, CurrentUser user) {
		return approve(engagementId, meetingId, user, this.clock.instant());
	}

	/**
	 * Approves as of a past moment: for minutes recorded afterwards, such as the demo
	 * data.
	 * @return whether an approval was recorded; not when the user is on neither side
	 */
	@Transactional
	public boolean approve(Long engagementId, Long meetingId, CurrentUser user, java.time.Instant at) {
		Parties parties = this.engagements.parties(engagementId, user.access());
		Side side = parties.sideOf(user.getOrganisationId());
		if (side == null) {
			return false;
		}
		Meeting meeting = this.finder.findForChange(engagementId, meetingId, user.access());
		if (meeting.approve(side, user.signature(), at)) {
			this.meetings.save(meeting);
			this.events.publishEvent(new MinutesApproved(engagementId, meetingId, meeting.getKind(),
					meeting.getStartsAt(), side, meeting.isApproved(), user.signature()));
		}
		return true;
	}

	private boolean minutesChanged(Meeting meeting, boolean approvalsUndone, CurrentUser user) {
		this.finder.saveChecked(meeting);
		this.events.publishEvent(new MinutesChanged(meeting.getEngagementId(), meeting.getId()));
		if (approvalsUndone) {
			this.events.publishEvent(new MinutesApprovalsUndone(meeting.getEngagementId(), meeting.getId(),
					meeting.getKind(), meeting.getStartsAt(), user.signature()));
		}
		return approvalsUndone;
	}

	private static List<DecisionView> decisionsOf(Meeting meeting) {
		return meeting.getDecisions()
			.stream()
			.map((d) -> new DecisionView(d.getId(), d.getText(), d.getDecidedBy(), d.getRecordedAt(),
					d.getAgendaPointId()))
			.toList();
	}

	/** A decision as shown. */
	public record DecisionView(Long id, String text, String decidedBy, java.time.Instant recordedAt, Long pointId) {
	}

	/** A meeting with its agenda for its date and its decisions. */
	public record MeetingRecord(MeetingView meeting, AgendaView agenda, List<DecisionView> decisions) {
	}

	/** The decisions of one meeting, and its notes that are not internal. */
	public record MeetingDecisions(MeetingView meeting, List<DecisionView> decisions, List<SharedNote> notes) {
	}

	/**
	 * Notes on an agenda point that may be shared: the point's kind, and its title when
	 * the chair wrote it.
	 */
	public record SharedNote(AgendaKind kind, String title, String text) {

		public boolean isCustom() {
			return this.kind == AgendaKind.CUSTOM;
		}

	}

}
