package com.rolloutplanner.steering;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such meeting or action in the engagement: answered as "not found". */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class SteeringNotFoundException extends RuntimeException {

	public SteeringNotFoundException(Long id) {
		super("No meeting or action " + id);
	}

}
