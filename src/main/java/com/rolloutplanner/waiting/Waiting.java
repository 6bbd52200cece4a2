package com.rolloutplanner.waiting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What waits for one organisation's side across its engagements, the first few of it in
 * order (overdue first, then by date), how many there are in all, and the next meeting.
 */
public record Waiting(List<Item> items, int total, NextMeeting nextMeeting) {

	public static final Waiting NOTHING = new Waiting(List.of(), 0, null);

	/** What kind of thing waits. */
	public enum Kind {

		/** The charter or a gate to sign; {@code titleKey} names it. */
		SIGN,

		/**
		 * Minutes of a held meeting to approve; {@code titleKey} names the meeting's
		 * kind.
		 */
		MINUTES,

		/** An open action of the reader or their side; {@code title} is its title. */
		ACTION,

		/** Last month's actual of a KPI missing; {@code title} is the KPI's name. */
		KPI_ACTUAL,

		/** Open critical flags; {@code count} says how many. */
		FLAGS,

		/**
		 * A response the side owes to an issue; {@code title} is the issue's,
		 * {@code titleKey} its severity, {@code targetId} the issue.
		 */
		ISSUE,

		/**
		 * The reader's answer to the latest pulse month that has opened; {@code count} is
		 * the month.
		 */
		PULSE

	}

	/**
	 * One thing that waits. {@code dated} says whether its due date makes it overdue;
	 * {@code late} that it is overdue already at a time of day before now (an issue's
	 * response); {@code targetId} is the meeting, the action or the issue;
	 * {@code meetingId} the meeting of an action.
	 */
	public record Item(Kind kind, Long engagementId, String engagementName, String title, String titleKey, long count,
			LocalDate dueDate, boolean dated, boolean late, Long targetId, Long meetingId) {
	}

	/** The next meeting of any of the engagements. */
	public record NextMeeting(Long id, Long engagementId, String engagementName, String kind, LocalDateTime startsAt) {
	}

}
