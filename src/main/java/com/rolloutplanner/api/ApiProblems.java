package com.rolloutplanner.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import com.rolloutplanner.businesscase.BusinessCaseMissingException;
import com.rolloutplanner.engagement.EngagementNotFoundException;
import com.rolloutplanner.kpi.KpiNotFoundException;
import com.rolloutplanner.steering.SteeringNotFoundException;
import com.rolloutplanner.system.StaleVersionException;

/**
 * Every failure of the API as RFC 9457 problem details, with the fields at fault and a
 * message in the caller's language; never a stack trace.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ApiException.class)
	ResponseEntity<ProblemDetail> refused(ApiException ex, Locale locale) {
		List<ApiModels.FieldError> errors = ex.rejected()
			.stream()
			.map((r) -> new ApiModels.FieldError(r.field(), this.messages.getMessage(r.code(), r.arguments(), locale)))
			.toList();
		return problem(ex.status(),
				(ex.status() == HttpStatus.NOT_FOUND) ? "api.problem.notFound" : "api.problem.invalid", errors, locale);
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException ex, Locale locale) {
		List<ApiModels.FieldError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((e) -> new ApiModels.FieldError(e.getField(), this.messages.getMessage(e, locale)))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, "api.problem.invalid", errors, locale);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, Locale locale) {
		String field = fieldOf(ex);
		String code = (field != null) ? "api.field.unreadable" : "api.problem.malformed";
		List<ApiModels.FieldError> errors = new ArrayList<>();
		if (field != null) {
			errors.add(new ApiModels.FieldError(field, this.messages.getMessage(code, null, locale)));
		}
		return problem(HttpStatus.BAD_REQUEST, (field != null) ? "api.problem.invalid" : code, errors, locale);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException ex, Locale locale) {
		return problem(HttpStatus.BAD_REQUEST, "api.problem.invalid", List
			.of(new ApiModels.FieldError(ex.getName(), this.messages.getMessage("api.field.unreadable", null, locale))),
				locale);
	}

	@ExceptionHandler({ EngagementNotFoundException.class, KpiNotFoundException.class,
			SteeringNotFoundException.class })
	ResponseEntity<ProblemDetail> notFound(RuntimeException ex, Locale locale) {
		return problem(HttpStatus.NOT_FOUND, "api.problem.notFound", List.of(), locale);
	}

	@ExceptionHandler(BusinessCaseMissingException.class)
	ResponseEntity<ProblemDetail> noBusinessCase(BusinessCaseMissingException ex, Locale locale) {
		return problem(HttpStatus.NOT_FOUND, "api.problem.noBusinessCase", List.of(), locale);
	}

	@ExceptionHandler(StaleVersionException.class)
	ResponseEntity<ProblemDetail> stale(StaleVersionException ex, Locale locale) {
		return problem(HttpStatus.CONFLICT, "api.problem.stale", List.of(), locale);
	}

	@ExceptionHandler({ OptimisticLockingFailureException.class, PessimisticLockingFailureException.class,
			DataIntegrityViolationException.class, jakarta.persistence.OptimisticLockException.class })
	ResponseEntity<ProblemDetail> simultaneous(Exception ex, Locale locale) {
		return problem(HttpStatus.CONFLICT, "api.problem.simultaneous", List.of(), locale);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException ex, Locale locale) {
		return problem(HttpStatus.METHOD_NOT_ALLOWED, "api.problem.method", List.of(), locale);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException ex, Locale locale) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.problem.mediaType", List.of(), locale);
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, List<ApiModels.FieldError> errors,
			Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, this.messages.getMessage(code, null, locale));
		problem.setTitle(status.getReasonPhrase());
		problem.setType(URI.create("about:blank"));
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** The JSON path of the value that could not be read, like {@code goals[0].type}. */
	private static String fieldOf(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getCause();
		while (cause != null && !(cause instanceof JacksonException)) {
			cause = cause.getCause();
		}
		if (cause instanceof JacksonException jackson && jackson.getPath().isEmpty()
				&& jackson.getOriginalMessage() != null && jackson.getOriginalMessage().startsWith("Duplicate")
				&& jackson.processor() instanceof tools.jackson.core.JsonParser parser) {
			// A key given twice is refused by the parser, before any field is read.
			return parser.currentName();
		}
		if (!(cause instanceof JacksonException jackson) || jackson.getPath().isEmpty()) {
			return null;
		}
		return jackson.getPath()
			.stream()
			.map((ref) -> (ref.getPropertyName() != null) ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
			.collect(Collectors.joining())
			.replaceFirst("^\\.", "");
	}

}
