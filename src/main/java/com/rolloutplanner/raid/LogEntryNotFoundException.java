package com.rolloutplanner.raid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such issue, risk or change request in the engagement: answered as "not found". */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class LogEntryNotFoundException extends RuntimeException {

	public LogEntryNotFoundException(Long id) {
		super("Nothing of the log with id " + id);
	}

}
