package com.rolloutplanner.issue;

/** How bad an issue is, which decides how soon it is answered. */
public enum IssueSeverity {

	CRITICAL, HIGH, MEDIUM, LOW

}
