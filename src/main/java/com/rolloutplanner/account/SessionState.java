package com.rolloutplanner.account;

/**
 * Whether a user may go on, and from when their sessions count: what a session of theirs
 * is checked against on every request.
 */
public record SessionState(boolean active, java.time.Instant sessionsSince) {

	/** Whether a session that began (or was last confirmed) then is still good. */
	public boolean admits(java.time.Instant sessionStart) {
		return this.active
				&& (this.sessionsSince == null || (sessionStart != null && !sessionStart.isBefore(this.sessionsSince)));
	}

}
