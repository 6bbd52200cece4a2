package com.rolloutplanner.system;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import com.rolloutplanner.phase.DateWindow;

/** Resolves an {@link AsOf} controller argument from the {@code asOf} query parameter. */
class AsOfArgumentResolver implements HandlerMethodArgumentResolver {

	private final Clock clock;

	AsOfArgumentResolver(Clock clock) {
		this.clock = clock;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return AsOf.class.equals(parameter.getParameterType());
	}

	@Override
	public AsOf resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		String value = webRequest.getParameter("asOf");
		LocalDate today = LocalDate.now(this.clock);
		if (value == null || value.isBlank()) {
			return new AsOf(today, true, null);
		}
		try {
			LocalDate date = LocalDate.parse(value.strip());
			return DateWindow.contains(date) ? new AsOf(date, date.equals(today), null) : new AsOf(today, true, value);
		}
		catch (DateTimeParseException ex) {
			return new AsOf(today, true, value);
		}
	}

}
