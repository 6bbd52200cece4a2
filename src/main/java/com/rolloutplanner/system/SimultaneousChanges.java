package com.rolloutplanner.system;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A page's form sent while the same thing was being saved by another click or another
 * person (a double click on "Approve", two signatures of one gate at once): the one that
 * came second lands back on the page it was sent from, which shows what is now saved,
 * with a sentence saying so and, in a disclosure, the text it carried, so that nothing
 * typed is lost. Never an error page. The API answers the same with a 409 of its own.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class SimultaneousChanges {

	/** Fields of a form that are not what a person typed. */
	private static final Set<String> NOT_TYPED = Set.of("_csrf", "version", "lang", "done", "internal", "by");

	@ExceptionHandler({ StaleVersionException.class, OptimisticLockingFailureException.class,
			PessimisticLockingFailureException.class, DataIntegrityViolationException.class,
			jakarta.persistence.OptimisticLockException.class })
	String simultaneous(HttpServletRequest request) {
		FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
		flash.put("flashMessage", "form.simultaneous");
		List<String> typed = typed(request.getParameterMap());
		if (!typed.isEmpty()) {
			flash.put("flashTyped", typed);
		}
		return "redirect:" + pageOf(request);
	}

	/** The texts the form carried: each field a person could have typed in. */
	static List<String> typed(Map<String, String[]> parameters) {
		List<String> typed = new ArrayList<>();
		parameters.forEach((name, values) -> {
			if (!NOT_TYPED.contains(name)) {
				for (String value : values) {
					if (value != null && value.codePoints().anyMatch(Character::isLetter)) {
						typed.add(value.strip());
					}
				}
			}
		});
		return typed;
	}

	/**
	 * The page the form was sent from (a page of this application), or else the address
	 * the form was sent to without its last part.
	 */
	static String pageOf(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		String context = request.getContextPath();
		if (referer != null) {
			try {
				URI uri = URI.create(referer);
				String host = request.getServerName();
				if (host.equalsIgnoreCase(uri.getHost()) && uri.getRawPath() != null
						&& uri.getRawPath().startsWith(context + "/")) {
					return uri.getRawPath().substring(context.length())
							+ ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
				}
			}
			catch (IllegalArgumentException ex) {
				// not an address: fall back on the form's own
			}
		}
		String path = request.getRequestURI().substring(context.length());
		int last = path.lastIndexOf('/');
		return (last > 0) ? path.substring(0, last) : "/";
	}

}
