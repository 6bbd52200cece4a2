package com.rolloutplanner.system;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.web.util.HtmlUtils;

/**
 * CSRF tokens in HTML that is kept for more than one request: the HTML is rendered with
 * an unguessable placeholder as the token, and every request puts its reader's own token
 * in its place, so that no reader's token is ever kept or shown to another reader.
 */
public final class KeptCsrf {

	/** Stands for the reader's token in kept HTML; unguessable, so no text holds it. */
	private static final String PLACEHOLDER = "kept-csrf-" + UUID.randomUUID();

	private KeptCsrf() {
	}

	/**
	 * The request as a kept rendering must see it: with the placeholder as its token
	 * (with none when the request has none).
	 */
	public static HttpServletRequest forKeeping(HttpServletRequest request) {
		CsrfToken token = token(request);
		return new Placeholder(request, (token != null)
				? new DefaultCsrfToken(token.getHeaderName(), token.getParameterName(), PLACEHOLDER) : null);
	}

	/** The kept HTML with the reader's own token in place of the placeholder. */
	public static String forReader(String html, HttpServletRequest request) {
		CsrfToken token = token(request);
		return html.replace(PLACEHOLDER, (token != null) ? HtmlUtils.htmlEscape(token.getToken()) : "");
	}

	private static CsrfToken token(HttpServletRequest request) {
		return (CsrfToken) request.getAttribute(CsrfToken.class.getName());
	}

	private static final class Placeholder extends HttpServletRequestWrapper {

		private final CsrfToken token;

		Placeholder(HttpServletRequest request, CsrfToken token) {
			super(request);
			this.token = token;
		}

		@Override
		public Object getAttribute(String name) {
			if (CsrfToken.class.getName().equals(name) || "_csrf".equals(name)
					|| (this.token != null && this.token.getParameterName().equals(name))) {
				return this.token;
			}
			return super.getAttribute(name);
		}

	}

}
