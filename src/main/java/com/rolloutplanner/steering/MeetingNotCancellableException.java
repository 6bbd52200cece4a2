package com.rolloutplanner.steering;

/**
 * A meeting that has taken place, or whose minutes a side has approved, is a record of
 * both sides: it is not cancelled.
 */
public class MeetingNotCancellableException extends RuntimeException {

	public MeetingNotCancellableException(Long meetingId) {
		super("Meeting " + meetingId + " has taken place or has approved minutes; it is not cancelled");
	}

}
