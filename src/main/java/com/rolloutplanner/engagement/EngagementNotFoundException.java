package com.rolloutplanner.engagement;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No engagement with this id is visible: answered as 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class EngagementNotFoundException extends RuntimeException {

	public EngagementNotFoundException(Long id) {
		super("No engagement " + id);
	}

}
