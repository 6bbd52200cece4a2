package com.rolloutplanner.subscription;

/** What a notification is about; each kind can be turned off or sent in the digest. */
public enum NotificationKind {

	/**
	 * A signature of the charter or a gate, or an approval of minutes, waits for the
	 * side.
	 */
	SIGN_OFF_WAITING,

	/** An action was assigned to the user or their side. */
	ACTION_ASSIGNED,

	/** An action or roadmap item of the side became overdue. */
	OVERDUE,

	/** The agenda of a meeting is ready, two working days before it. */
	AGENDA_READY,

	/** Both sides approved the minutes of a meeting. */
	MINUTES_APPROVED,

	/** A KPI actual fell below the band expected in its month. */
	KPI_BELOW_BAND,

	/** A new critical quick-win flag. */
	CRITICAL_FLAG,

	/**
	 * A pulse month of the cooperation pulse opened: the side's managers may answer it.
	 */
	PULSE_OPEN,

	/** An issue was raised for the user's side to respond to. */
	ISSUE_RAISED,

	/**
	 * An issue went without a response past its promised time: to the steering group, or
	 * after a second full promise to the executives.
	 */
	ISSUE_ESCALATED,

	/** A share link the user created was opened for the first time. */
	SHARE_LINK_OPENED,

	/** The Monday digest: on or off only. */
	WEEKLY_DIGEST,

	/**
	 * The confirmation of a new mail address, sent to that address: always at once, not a
	 * choice (until it is confirmed, nothing else goes there).
	 */
	ADDRESS_CONFIRMATION;

	/** Whether the kind can be collected into the digest (all but the digest itself). */
	public boolean digestible() {
		return this != WEEKLY_DIGEST && this != ADDRESS_CONFIRMATION;
	}

	/**
	 * Whether a user chooses how the kind reaches them (all but the address
	 * confirmation).
	 */
	public boolean chosen() {
		return this != ADDRESS_CONFIRMATION;
	}

}
