package com.rolloutplanner.api;

import java.util.List;

import org.springframework.http.HttpStatus;

import com.rolloutplanner.input.FieldProblem;

/** A request the API refuses, with the fields at fault (message codes of the bundles). */
public class ApiException extends RuntimeException {

	private final HttpStatus status;

	private final List<Rejected> rejected;

	public ApiException(HttpStatus status, List<Rejected> rejected) {
		super(status.getReasonPhrase());
		this.status = status;
		this.rejected = List.copyOf(rejected);
	}

	public static ApiException badRequest(String field, String code, Object... arguments) {
		return new ApiException(HttpStatus.BAD_REQUEST, List.of(new Rejected(field, code, arguments)));
	}

	/** Refuses a request with the problems found, each at its field; nothing if none. */
	public static void refuse(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new ApiException(HttpStatus.BAD_REQUEST,
					problems.stream().map((p) -> new Rejected(p.field(), p.code(), p.arguments())).toList());
		}
	}

	public HttpStatus status() {
		return this.status;
	}

	public List<Rejected> rejected() {
		return this.rejected;
	}

	/** A field and the message code that says what is wrong with it. */
	public record Rejected(String field, String code, Object[] arguments) {
	}

}
