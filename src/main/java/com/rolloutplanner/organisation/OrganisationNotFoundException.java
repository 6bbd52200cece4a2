package com.rolloutplanner.organisation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class OrganisationNotFoundException extends RuntimeException {

	public OrganisationNotFoundException(Long id) {
		super("No organisation " + id);
	}

}
