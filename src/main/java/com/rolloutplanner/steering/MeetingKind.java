package com.rolloutplanner.steering;

/** The kinds of joint meetings of an engagement. */
public enum MeetingKind {

	STEERING_GROUP, OPERATIONAL_REVIEW, QUARTERLY_BUSINESS_REVIEW

}
