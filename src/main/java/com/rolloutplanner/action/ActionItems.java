package com.rolloutplanner.action;

import com.rolloutplanner.steering.Meeting;
import com.rolloutplanner.steering.MeetingFinder;
import com.rolloutplanner.steering.MeetingRepository;
import com.rolloutplanner.steering.SteeringNotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.change.EngagementLocks;
import com.rolloutplanner.due.DueContributor;
import com.rolloutplanner.due.DueItem;
import com.rolloutplanner.due.DueKind;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.roadmap.OwnerSide;
import com.rolloutplanner.action.ActionItem.Task;
import com.rolloutplanner.steering.SteeringEvents.ActionAdded;
import com.rolloutplanner.steering.SteeringEvents.ActionChanged;
import com.rolloutplanner.steering.SteeringEvents.ActionCompleted;
import com.rolloutplanner.steering.SteeringEvents.ActionReopened;
import com.rolloutplanner.steering.SteeringEvents.MinutesApprovalsUndone;
import com.rolloutplanner.system.StaleVersionException;

/**
 * The actions handed out in meetings or on their own: who does what by when, open and
 * done; behind the engagement's own access check. Changing an action the minutes agreed
 * undoes their approvals, and says so. Each action is a due item of its engagement.
 */
@Service
@Transactional(readOnly = true)
public class ActionItems implements DueContributor {

	private final ActionItemRepository actions;

	private final MeetingRepository meetings;

	private final MeetingFinder finder;

	private final Engagements engagements;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final EngagementLocks locks;

	ActionItems(ActionItemRepository actions, MeetingRepository meetings, MeetingFinder finder, Engagements engagements,
			ApplicationEventPublisher events, Clock clock, EngagementLocks locks) {
		this.actions = actions;
		this.meetings = meetings;
		this.finder = finder;
		this.engagements = engagements;
		this.events = events;
		this.clock = clock;
		this.locks = locks;
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

	/**
	 * A page of every action of a visible engagement: the open ones first by due date,
	 * then the done ones, by due date too.
	 */
	public Page<ActionItem> allActions(Long engagementId, Access access, int page, int size) {
		this.engagements.parties(engagementId, access);
		return this.actions.findByEngagementId(engagementId,
				PageRequest.of(page, size, Sort.by("done", "dueDate", "id")));
	}

	/** The actions done most recently, and how many are done. */
	public Page<ActionItem> doneActions(Long engagementId, Access access, int size) {
		this.engagements.parties(engagementId, access);
		return this.actions.findByEngagementIdAndDoneTrue(engagementId,
				PageRequest.of(0, size, Sort.by(Sort.Direction.DESC, "doneAt", "id")));
	}

	/** The actions of a visible engagement, by due date. */
	public List<ActionItem> actions(Long engagementId, Access access) {
		this.engagements.parties(engagementId, access);
		return this.actions.findByEngagementIdOrderByDueDateAscIdAsc(engagementId);
	}

	/** The actions handed out in one meeting. */
	public List<ActionItem> actionsOf(Long engagementId, Long meetingId, Access access) {
		this.finder.find(engagementId, meetingId, access);
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
			Meeting meeting = this.finder.findForChange(engagementId, meetingId, access);
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
					this.finder.saveChecked(meeting);
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

}
