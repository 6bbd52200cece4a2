package com.rolloutplanner.system;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error that no controller answered itself (an unknown address, a method or media
 * type the address does not take, an over-size upload, a failure): under {@code /api/}
 * RFC 9457 problem details in the caller's language, everywhere else the product's own
 * translated page. Never the framework's or the servlet container's own page.
 */
@Controller
class ErrorPages implements ErrorController {

	/**
	 * The message of the detail of each status the API explains; others get the general
	 * one.
	 */
	private static final Map<Integer, String> API_DETAILS = Map.of(401, "api.problem.unauthorized", 403,
			"api.problem.forbidden", 404, "api.problem.noSuchAddress", 405, "api.problem.method", 406,
			"api.problem.notAcceptable", 413, "api.problem.tooLarge", 415, "api.problem.mediaType", 500,
			"api.problem.server", 503, "api.problem.unavailable");

	private final MessageSource messages;

	private final JsonMapper json;

	ErrorPages(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	@RequestMapping("/error")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
		HttpStatus status = unavailable(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))
				? HttpStatus.SERVICE_UNAVAILABLE : status(request);
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			response.setHeader("Retry-After", "30");
		}
		String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null && uri.startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, this.messages
				.getMessage(API_DETAILS.getOrDefault(status.value(), "api.problem.general"), null, locale));
			problem.setType(URI.create("about:blank"));
			problem.setTitle(status.getReasonPhrase());
			problem.setInstance(URI.create(uri));
			response.setStatus(status.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter().write(this.json.writeValueAsString(problem));
			return null;
		}
		return new ModelAndView(view(status), Map.of("status", status.value()), status);
	}

	private static String view(HttpStatus status) {
		return switch (status.value()) {
			case 403 -> "error/403";
			case 404 -> "error/404";
			case 413 -> "error/413";
			case 503 -> "error/503";
			default -> status.is4xxClientError() ? "error/4xx" : "error/500";
		};
	}

	/**
	 * Whether a failure is the database being out of reach (no connection within the
	 * pool's wait): the service is unavailable for a while, not broken.
	 */
	static boolean unavailable(Object failure) {
		Throwable cause = (failure instanceof Throwable t) ? t : null;
		while (cause != null) {
			if (cause instanceof org.springframework.dao.DataAccessResourceFailureException
					|| cause instanceof org.springframework.transaction.CannotCreateTransactionException
					|| cause instanceof java.sql.SQLTransientConnectionException
					|| cause instanceof java.sql.SQLNonTransientConnectionException) {
				return true;
			}
			cause = cause.getCause();
		}
		return false;
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null && status.isError()) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
