package com.rolloutplanner.onboarding;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such invitation the reader may see: answered as "not found". */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class InvitationNotFoundException extends RuntimeException {

	public InvitationNotFoundException(Long id) {
		super("No invitation with id " + id);
	}

}
