package com.rolloutplanner.steering;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.due.DueContributor;
import com.rolloutplanner.due.DueItem;
import com.rolloutplanner.due.DueKind;
import com.rolloutplanner.engagement.EngagementLocks;
import com.rolloutplanner.roadmap.OwnerSide;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.Parties;
import com.rolloutplanner.engagement.Side;
import com.rolloutplanner.steering.ActionItem.Task;
import com.rolloutplanner.steering.SteeringEvents.ActionAdded;
import com.rolloutplanner.steering.SteeringEvents.ActionChanged;
import com.rolloutplanner.steering.SteeringEvents.ActionCompleted;
import com.rolloutplanner.steering.SteeringEvents.ActionReopened;
import com.rolloutplanner.steering.SteeringEvents.CadenceScheduled;
import com.rolloutplanner.steering.SteeringEvents.DecisionRecorded;
import com.rolloutplanner.steering.SteeringEvents.MeetingCancelled;
import com.rolloutplanner.steering.SteeringEvents.MeetingRearranged;
import com.rolloutplanner.steering.SteeringEvents.MeetingScheduled;
import com.rolloutplanner.steering.SteeringEvents.MinutesApprovalsUndone;
import com.rolloutplanner.steering.SteeringEvents.MinutesChanged;
import com.rolloutplanner.steering.SteeringEvents.MinutesApproved;
import com.rolloutplanner.system.StaleVersionException;

/**
 * The steering of engagements: meetings with their agendas and minutes, and the actions
 * handed out in them, behind the engagement's own access check. Every change is published
 * as an event; an edit of approved minutes undoes the approvals, and says so.
 */
@Service
@Transactional(readOnly = true)
public class Meetings implements DueContributor {

	/** How many months ahead the recommended cadence is scheduled with one click. */
	public static final int CADENCE_MONTHS = 3;

	static final LocalTime DEFAULT_TIME = LocalTime.of(10, 0);

	static final int DEFAULT_MINUTES = 60;

	private final MeetingRepository meetings;

	private final ActionItemRepository actions;

	private final Engagements engagements;

	private final AgendaPreparer agendas;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final EngagementLocks locks;

	Meetings(MeetingRepository meetings, ActionItemRepository actions, Engagements engagements, AgendaPreparer agendas,
			ApplicationEventPublisher events, Clock clock, EngagementLocks locks) {
		this.locks = locks;
		this.meetings = meetings;
		this.actions = actions;
		this.engagements = engagements;
		this.agendas = agendas;
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

	/** The open actions of a visible engagement, by due date. */
	public List<ActionItem> openActions(Long engagementId, Access access) {
		this.engagements.parties(engagementId, access);
		return this.actions.findByEngagementIdAndDoneFalseOrderByDueDateAscIdAsc(engagementId);
	}

	/**
	 * A page of the actions of a visible engagement of a side and an owner when given:
	 * the open ones by due date (the overdue first), or the done ones, the most recently
	 * done first.
	 */
	public Page<ActionItem> actions(Long engagementId, Access access, boolean done, OwnerSide side, String owner,
			int page, int size) {
		this.engagements.parties(engagementId, access);
		Sort order = done ? Sort.by(Sort.Direction.DESC, "doneAt", "id") : Sort.by("dueDate", "id");
		return this.actions.findFiltered(engagementId, done, side, owner, PageRequest.of(page, size, order));
	}

	/** The actions done most recently, and how many are done. */
	public Page<ActionItem> doneActions(Long engagementId, Access access, int size) {
		this.engagements.parties(engagementId, access);
		return this.actions.findByEngagementIdAndDoneTrue(engagementId,
				PageRequest.of(0, size, Sort.by(Sort.Direction.DESC, "doneAt", "id")));
	}

	MeetingView meeting(Long engagementId, Long meetingId, Access access) {
		return MeetingView.of(find(engagementId, meetingId, access));
	}

	/** The agenda of a meeting as prepared for its date, in the reader's language. */
	public AgendaView agenda(Long engagementId, Long meetingId, Access access, Locale locale) {
		Meeting meeting = find(engagementId, meetingId, access);
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
		return decisionsOf(find(engagementId, meetingId, access));
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

	/** The actions of a visible engagement, by due date. */
	public List<ActionItem> actions(Long engagementId, Access access) {
		this.engagements.parties(engagementId, access);
		return this.actions.findByEngagementIdOrderByDueDateAscIdAsc(engagementId);
	}

	/** The actions handed out in one meeting. */
	public List<ActionItem> actionsOf(Long engagementId, Long meetingId, Access access) {
		find(engagementId, meetingId, access);
		return this.actions.findByMeetingIdOrderByIdAsc(meetingId);
	}

	public ActionItem action(Long engagementId, Long actionId, Access access) {
		this.engagements.parties(engagementId, access);
		return this.actions.findByIdAndEngagementId(actionId, engagementId)
			.orElseThrow(() -> new SteeringNotFoundException(actionId));
	}

	/** Every meeting of many engagements, for a calendar feed. */
	/**
	 * The open actions due on the days from {@code from} until {@code until} (exclusive)
	 * across every engagement, the first {@code limit} by date: what became overdue.
	 */
	public List<ActionItem> openActionsDueBetween(LocalDate from, LocalDate until, int limit) {
		return this.actions.findOpenDueBetween(from, until, PageRequest.of(0, limit));
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
		Meeting meeting = findForChange(engagementId, meetingId, user.access());
		StaleVersionException.requireCurrent("Meeting", meetingId, meeting.getVersion(), basedOnVersion);
		boolean undone = meeting.arrange(arrangement);
		saveChecked(meeting);
		this.events.publishEvent(new MeetingRearranged(engagementId, meetingId, arrangement.kind(),
				arrangement.startsAt(), user.signature()));
		if (undone) {
			this.events.publishEvent(new MinutesApprovalsUndone(engagementId, meetingId, meeting.getKind(),
					meeting.getStartsAt(), user.signature()));
		}
	}

	@Transactional
	public void cancel(Long engagementId, Long meetingId, CurrentUser user) {
		Meeting meeting = findForChange(engagementId, meetingId, user.access());
		if (!meeting.isCancellable(this.clock.instant())) {
			throw new MeetingNotCancellableException(meetingId);
		}
		this.meetings.delete(meeting);
		this.events.publishEvent(
				new MeetingCancelled(engagementId, meeting.getKind(), meeting.getStartsAt(), user.signature()));
	}

	// The agenda and the minutes

	@Transactional
	public boolean addPoint(Long engagementId, Long meetingId, String title, CurrentUser user) {
		Meeting meeting = findForChange(engagementId, meetingId, user.access());
		if (meeting.hasPoint(title)) {
			return false;
		}
		return minutesChanged(meeting, meeting.addPoint(title), user);
	}

	@Transactional
	public boolean removePoint(Long engagementId, Long meetingId, Long pointId, CurrentUser user) {
		Meeting meeting = findForChange(engagementId, meetingId, user.access());
		return minutesChanged(meeting, meeting.removePoint(pointId), user);
	}

	@Transactional
	public boolean movePoint(Long engagementId, Long meetingId, Long pointId, int by, CurrentUser user) {
		Meeting meeting = findForChange(engagementId, meetingId, user.access());
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
		Meeting meeting = findForChange(engagementId, meetingId, user.access());
		return minutesChanged(meeting, meeting.recordNotes(pointId, notes, internal), user);
	}

	/**
	 * Records the notes of several points at once, as the meeting page sends everything
	 * typed in it: points not named keep theirs.
	 * @return whether approvals were undone
	 */
	@Transactional
	public boolean recordNotes(Long engagementId, Long meetingId, Map<Long, Notes> notes, CurrentUser user) {
		Meeting meeting = findForChange(engagementId, meetingId, user.access());
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
		return find(engagementId, meetingId, access).hasPoint(pointId);
	}

	/** Records a decision that came from one of the agenda's points (or none). */
	@Transactional
	public boolean recordDecision(Long engagementId, Long meetingId, String text, String decidedBy, Long pointId,
			CurrentUser user) {
		Meeting meeting = findForChange(engagementId, meetingId, user.access());
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
		Meeting meeting = findForChange(engagementId, meetingId, user.access());
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
		Meeting meeting = findForChange(engagementId, meetingId, user.access());
		if (meeting.approve(side, user.signature(), at)) {
			this.meetings.save(meeting);
			this.events.publishEvent(new MinutesApproved(engagementId, meetingId, meeting.getKind(),
					meeting.getStartsAt(), side, meeting.isApproved(), user.signature()));
		}
		return true;
	}

	// Actions

	/** Adds an action, to the minutes of a meeting when {@code meetingId} is given. */
	@Transactional
	public ActionItem addAction(Long engagementId, Long meetingId, Task task, Access access, String actor) {
		return addAction(engagementId, meetingId, null, task, access, actor);
	}

	/**
	 * Adds an action handed out in a meeting (or none), from one of its agenda's points
	 * (or none).
	 */
	@Transactional
	public ActionItem addAction(Long engagementId, Long meetingId, Long pointId, Task task, Access access,
			String actor) {
		this.engagements.parties(engagementId, access);
		Long fromPoint = null;
		if (meetingId != null) {
			Meeting meeting = findForChange(engagementId, meetingId, access);
			fromPoint = meeting.hasPoint(pointId) ? pointId : null;
			if (meeting.actionAdded()) {
				this.meetings.save(meeting);
				this.events.publishEvent(new MinutesApprovalsUndone(engagementId, meetingId, meeting.getKind(),
						meeting.getStartsAt(), actor));
			}
		}
		ActionItem action = this.actions
			.save(new ActionItem(engagementId, meetingId, fromPoint, task, this.clock.instant()));
		this.events.publishEvent(new ActionAdded(engagementId, action.getId(), task.title().strip(), task.dueDate(),
				action.getOwnerSide(), action.getOwnerUsername(), task.done(), actor));
		if (task.done()) {
			this.events.publishEvent(new ActionCompleted(engagementId, action.getId(), action.getTitle(), actor));
		}
		return action;
	}

	/**
	 * @throws StaleVersionException if someone saved the action after
	 * {@code basedOnVersion}
	 */
	@Transactional
	public ActionItem changeAction(Long engagementId, Long actionId, long basedOnVersion, Task task, Access access,
			String actor) {
		this.locks.lock(engagementId);
		ActionItem action = action(engagementId, actionId, access);
		StaleVersionException.requireCurrent("Action", actionId, action.getVersion(), basedOnVersion);
		boolean wasDone = action.isDone();
		List<Object> before = List.of(action.getTitle(), action.getDueDate(), action.getOwnerSide(),
				String.valueOf(action.getOwnerUsername()));
		action.change(task, this.clock.instant());
		List<Object> after = List.of(action.getTitle(), action.getDueDate(), action.getOwnerSide(),
				String.valueOf(action.getOwnerUsername()));
		boolean otherwiseChanged = !before.equals(after);
		boolean ownerChanged = !before.subList(2, 4).equals(after.subList(2, 4));
		try {
			action = this.actions.saveAndFlush(action);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleVersionException("Action", actionId);
		}
		if (!wasDone && task.done()) {
			this.events.publishEvent(new ActionCompleted(engagementId, actionId, action.getTitle(), actor));
		}
		else if (wasDone && !task.done()) {
			this.events.publishEvent(new ActionReopened(engagementId, actionId, action.getTitle(), actor));
		}
		if (otherwiseChanged && action.getMeetingId() != null) {
			// The minutes show the action as agreed: changing it undoes their approvals.
			this.meetings.findByIdAndEngagementId(action.getMeetingId(), engagementId).ifPresent((meeting) -> {
				if (meeting.actionAdded()) {
					saveChecked(meeting);
					this.events.publishEvent(new MinutesApprovalsUndone(engagementId, meeting.getId(),
							meeting.getKind(), meeting.getStartsAt(), actor));
				}
			});
		}
		if (otherwiseChanged) {
			this.events.publishEvent(new ActionChanged(engagementId, actionId, action.getTitle(), action.getDueDate(),
					ownerChanged, action.getOwnerSide(), action.getOwnerUsername(), action.isDone(), actor));
		}
		return action;
	}

	@Override
	public Map<Long, List<DueItem>> dueItems(Map<Long, LocalDate> goLives) {
		return this.actions.findByEngagementIdIn(goLives.keySet())
			.stream()
			.collect(Collectors.groupingBy(ActionItem::getEngagementId,
					Collectors.mapping((a) -> DueItem.titled(DueKind.ACTION, a.getTitle(), a.getDueDate(), a.isDone())
						.withRef("action-" + a.getId()), Collectors.toList())));
	}

	/** Joint reviews in the morning, steering groups after lunch: never both at once. */
	static LocalTime timeOf(MeetingKind kind) {
		return (kind == MeetingKind.OPERATIONAL_REVIEW) ? LocalTime.of(9, 0) : LocalTime.of(13, 0);
	}

	private boolean minutesChanged(Meeting meeting, boolean approvalsUndone, CurrentUser user) {
		saveChecked(meeting);
		this.events.publishEvent(new MinutesChanged(meeting.getEngagementId(), meeting.getId()));
		if (approvalsUndone) {
			this.events.publishEvent(new MinutesApprovalsUndone(meeting.getEngagementId(), meeting.getId(),
					meeting.getKind(), meeting.getStartsAt(), user.signature()));
		}
		return approvalsUndone;
	}

	private void saveChecked(Meeting meeting) {
		try {
			this.meetings.saveAndFlush(meeting);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleVersionException("Meeting", meeting.getId());
		}
	}

	/**
	 * The meeting to change: changes to one engagement are made one after the other, so
	 * that a second click reads what the first saved.
	 */
	private Meeting findForChange(Long engagementId, Long meetingId, Access access) {
		this.engagements.parties(engagementId, access);
		this.locks.lock(engagementId);
		return find(engagementId, meetingId, access);
	}

	private Meeting find(Long engagementId, Long meetingId, Access access) {
		this.engagements.parties(engagementId, access);
		return this.meetings.findByIdAndEngagementId(meetingId, engagementId)
			.orElseThrow(() -> new SteeringNotFoundException(meetingId));
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
