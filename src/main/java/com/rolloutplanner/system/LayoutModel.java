package com.rolloutplanner.system;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page's layout needs: the links that switch the language on this page.
 */
@ControllerAdvice
class LayoutModel {

	@ModelAttribute("switchToFinnish")
	String switchToFinnish(HttpServletRequest request) {
		return currentPageIn(request, "fi");
	}

	@ModelAttribute("switchToEnglish")
	String switchToEnglish(HttpServletRequest request) {
		return currentPageIn(request, "en");
	}

	@ModelAttribute("lang")
	String lang(Locale locale) {
		return locale.getLanguage();
	}

	static String currentPageIn(HttpServletRequest request, String lang) {
		Object failedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (failedUri != null) {
			return UriComponentsBuilder.fromPath(failedUri.toString()).queryParam("lang", lang).build().toUriString();
		}
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(request.getRequestURI());
		if ("GET".equals(request.getMethod()) && request.getQueryString() != null) {
			builder.query(request.getQueryString());
		}
		return builder.replaceQueryParam("lang", lang).build().toUriString();
	}

}
