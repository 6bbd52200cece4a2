package com.rolloutplanner.system;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Switches the language on {@code ?lang=en} or {@code ?lang=fi} on any page; other values
 * are ignored, so the remembered language is always one the product speaks.
 */
class LanguageSwitch implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String lang = request.getParameter("lang");
		if (lang == null) {
			return true;
		}
		SpokenLanguages.SUPPORTED.stream()
			.filter((locale) -> locale.getLanguage().equalsIgnoreCase(lang.strip()))
			.findFirst()
			.ifPresent((locale) -> setLocale(request, response, locale));
		return true;
	}

	private static void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		var resolver = RequestContextUtils.getLocaleResolver(request);
		if (resolver != null) {
			resolver.setLocale(request, response, locale);
		}
	}

}
