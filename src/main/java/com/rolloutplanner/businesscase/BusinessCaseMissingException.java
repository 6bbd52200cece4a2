package com.rolloutplanner.businesscase;

/** Actuals were sent for an engagement that has no business case yet. */
public class BusinessCaseMissingException extends RuntimeException {

	public BusinessCaseMissingException(Long engagementId) {
		super("Engagement " + engagementId + " has no business case");
	}

}
