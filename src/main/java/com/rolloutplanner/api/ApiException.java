package com.rolloutplanner.api;

import java.util.List;

import org.springframework.http.HttpStatus;

/** A request the API refuses, with the fields at fault (message codes of the bundles). */
class ApiException extends RuntimeException {

	private final HttpStatus status;

	private final List<Rejected> rejected;

	ApiException(HttpStatus status, List<Rejected> rejected) {
		super(status.getReasonPhrase());
		this.status = status;
		this.rejected = List.copyOf(rejected);
	}

	static ApiException badRequest(String field, String code, Object... arguments) {
		return new ApiException(HttpStatus.BAD_REQUEST, List.of(new Rejected(field, code, arguments)));
	}

	HttpStatus status() {
		return this.status;
	}

	List<Rejected> rejected() {
		return this.rejected;
	}

	/** A field and the message code that says what is wrong with it. */
	record Rejected(String field, String code, Object[] arguments) {
	}

}
