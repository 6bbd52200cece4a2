package com.rolloutplanner.organisation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class OrganisationNotFoundException extends RuntimeException {

	OrganisationNotFoundException(Long id) {
		super("No organisation " + id);
	}

}
