package com.rolloutplanner.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A form post that no page of the product could have sent (such as a goal row beyond the
 * eight goal types) is a bad request, answered with the product's own error page.
 */
@ControllerAdvice
class MalformedForms {

	@ExceptionHandler(InvalidPropertyException.class)
	void malformed(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

}
