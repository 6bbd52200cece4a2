package com.rolloutplanner.steering;

import java.time.LocalDate;
import java.time.LocalDateTime;

import com.rolloutplanner.engagement.Side;

/** What happens in the steering of an engagement, as events for the history. */
public final class SteeringEvents {

	private SteeringEvents() {
	}

	public record MeetingScheduled(Long engagementId, Long meetingId, MeetingKind kind, LocalDateTime startsAt,
			String actor) {
	}

	public record CadenceScheduled(Long engagementId, int count, LocalDate from, LocalDate until, String actor) {
	}

	public record MeetingRearranged(Long engagementId, Long meetingId, MeetingKind kind, LocalDateTime startsAt,
			String actor) {
	}

	public record MeetingCancelled(Long engagementId, MeetingKind kind, LocalDateTime startsAt, String actor) {
	}

	public record DecisionRecorded(Long engagementId, Long meetingId, String text, String decidedBy, String actor) {
	}

	public record ActionAdded(Long engagementId, Long actionId, String title, LocalDate dueDate, String actor) {
	}

	/**
	 * An action's title, owner or due date changed (completing or reopening it has events
	 * of its own).
	 */
	public record ActionChanged(Long engagementId, Long actionId, String title, LocalDate dueDate, String actor) {
	}

	public record ActionCompleted(Long engagementId, Long actionId, String title, String actor) {
	}

	public record ActionReopened(Long engagementId, Long actionId, String title, String actor) {
	}

	public record MinutesApproved(Long engagementId, Long meetingId, MeetingKind kind, LocalDateTime startsAt,
			Side side, String actor) {
	}

	public record MinutesApprovalsUndone(Long engagementId, Long meetingId, MeetingKind kind, LocalDateTime startsAt,
			String actor) {
	}

}
