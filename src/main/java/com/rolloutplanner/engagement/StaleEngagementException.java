package com.rolloutplanner.engagement;

/** The engagement was saved by someone else after the editor read it. */
public class StaleEngagementException extends RuntimeException {

	public StaleEngagementException(Long id) {
		super("Engagement " + id + " was changed by someone else");
	}

}
