package com.rolloutplanner.steering;

import java.time.LocalDateTime;

/**
 * The minutes of a meeting that has not started yet cannot be approved: there is nothing
 * yet to approve.
 */
public class MinutesNotOpenException extends RuntimeException {

	private final LocalDateTime startsAt;

	public MinutesNotOpenException(Long meetingId, LocalDateTime startsAt) {
		super("The minutes of meeting " + meetingId + " can be approved from " + startsAt);
		this.startsAt = startsAt;
	}

	/** When the meeting starts, in its own time zone: approval opens then. */
	public LocalDateTime startsAt() {
		return this.startsAt;
	}

}
