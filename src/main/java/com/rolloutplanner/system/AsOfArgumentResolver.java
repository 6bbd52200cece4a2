package com.rolloutplanner.system;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

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
		return AsOf.read(webRequest.getParameter("asOf"), LocalDate.now(this.clock));
	}

}
