package com.rolloutplanner.steering;

import com.rolloutplanner.change.ChangedPart;
import com.rolloutplanner.change.WorkChange;
import java.time.LocalDate;
import java.time.LocalDateTime;

import com.rolloutplanner.engagement.Side;
import com.rolloutplanner.roadmap.OwnerSide;

/** What happens in the steering of an engagement, as events for the history. */
public final class SteeringEvents {

	private SteeringEvents() {
	}

	/**
	 * A change to the steering: its meetings, minutes, decisions and actions, which are
	 * dated.
	 */
	public interface SteeringChange extends WorkChange {

		@Override
		default java.util.Set<ChangedPart> changedParts() {
			return java.util.Set.of(ChangedPart.DUE_DATES);
		}

	}

	public record MeetingScheduled(Long engagementId, Long meetingId, MeetingKind kind, LocalDateTime startsAt,
			String actor) implements SteeringChange {
	}

	public record CadenceScheduled(Long engagementId, int count, LocalDate from, LocalDate until,
			String actor) implements SteeringChange {
	}

	public record MeetingRearranged(Long engagementId, Long meetingId, MeetingKind kind, LocalDateTime startsAt,
			String actor) implements SteeringChange {
	}

	public record MeetingCancelled(Long engagementId, MeetingKind kind, LocalDateTime startsAt,
			String actor) implements SteeringChange {
	}

	public record DecisionRecorded(Long engagementId, Long meetingId, String text, String decidedBy,
			String actor) implements SteeringChange {
	}

	/**
	 * An action added; its owner is a user ({@code ownerUsername}) or else a side
	 * ({@code ownerSide}).
	 */
	public record ActionAdded(Long engagementId, Long actionId, String title, LocalDate dueDate, OwnerSide ownerSide,
			String ownerUsername, boolean done, String actor) implements SteeringChange {
	}

	/**
	 * An action's title, owner or due date changed (completing or reopening it has events
	 * of its own).
	 */
	public record ActionChanged(Long engagementId, Long actionId, String title, LocalDate dueDate, boolean ownerChanged,
			OwnerSide ownerSide, String ownerUsername, boolean done, String actor) implements SteeringChange {
	}

	public record ActionCompleted(Long engagementId, Long actionId, String title,
			String actor) implements SteeringChange {
	}

	public record ActionReopened(Long engagementId, Long actionId, String title,
			String actor) implements SteeringChange {
	}

	/** {@code complete}: both sides have now approved. */
	public record MinutesApproved(Long engagementId, Long meetingId, MeetingKind kind, LocalDateTime startsAt,
			Side side, boolean complete, String actor) implements SteeringChange {
	}

	public record MinutesApprovalsUndone(Long engagementId, Long meetingId, MeetingKind kind, LocalDateTime startsAt,
			String actor) implements SteeringChange {
	}

	/**
	 * The minutes of a meeting changed: an agenda point added, removed or moved, its
	 * notes recorded, or a decision removed (a recorded decision and undone approvals
	 * have events of their own as well). What is kept of an engagement while it is
	 * unchanged (its report, its shared page) shows the minutes' shared notes and
	 * decisions.
	 */
	public record MinutesChanged(Long engagementId, Long meetingId) implements SteeringChange {
	}

}
