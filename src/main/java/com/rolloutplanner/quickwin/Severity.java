package com.rolloutplanner.quickwin;

/** How strongly a flag contradicts the journey: critical flags come first. */
public enum Severity {

	CRITICAL, WARNING

}
