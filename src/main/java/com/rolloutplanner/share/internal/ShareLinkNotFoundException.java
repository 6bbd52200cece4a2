package com.rolloutplanner.share.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class ShareLinkNotFoundException extends RuntimeException {

	ShareLinkNotFoundException() {
		super("No such share link");
	}

}
