package com.rolloutplanner.raid;

/** How bad an issue is, which decides how soon it is answered. */
public enum IssueSeverity {

	CRITICAL, HIGH, MEDIUM, LOW

}
