package com.rolloutplanner.businesscase;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Actuals were sent for an engagement that has no business case yet: answered as 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class BusinessCaseMissingException extends RuntimeException {

	public BusinessCaseMissingException(Long engagementId) {
		super("Engagement " + engagementId + " has no business case");
	}

}
