package com.rolloutplanner.changerequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such change request in the engagement: answered as "not found". */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ChangeRequestNotFoundException extends RuntimeException {

	public ChangeRequestNotFoundException(Long id) {
		super("No change request with id " + id);
	}

}
