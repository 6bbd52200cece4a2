package com.rolloutplanner.webhook;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such webhook of the reader's organisation: answered as "not found". */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class WebhookNotFoundException extends RuntimeException {

	public WebhookNotFoundException(Long id) {
		super("No webhook with id " + id);
	}

}
