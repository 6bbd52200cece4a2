package com.rolloutplanner.issue;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such issue in the engagement: answered as "not found". */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class IssueNotFoundException extends RuntimeException {

	public IssueNotFoundException(Long id) {
		super("No issue with id " + id);
	}

}
