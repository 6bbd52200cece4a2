package com.rolloutplanner.system;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request whose parameters cannot be decoded (a malformed percent-encoding such as
 * {@code ?x=%zz}) is the client's error: it is answered 400 with the product's error page
 * or problem details, and logged at debug level, not as a server error with a stack
 * trace.
 */
@Configuration(proxyBeanMethods = false)
class MalformedParameters {

	private static final Logger log = LoggerFactory.getLogger(MalformedParameters.class);

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> malformedParametersFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Check());
		// After the character encoding is set (Boot's filter is first), or the parameters
		// read here would be decoded as ISO-8859-1 for everyone after.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	static final class Check extends OncePerRequestFilter {

		@Override
		protected boolean shouldNotFilterErrorDispatch() {
			return false;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			SafeParameters safe = new SafeParameters(request, request.getDispatcherType() == DispatcherType.ERROR);
			safe.getParameterMap();
			if (safe.malformed && request.getDispatcherType() == DispatcherType.REQUEST) {
				log.debug("Refused a request with parameters that cannot be read: {}", request.getRequestURI());
				response.sendError(safe.tooLarge ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
						: HttpServletResponse.SC_BAD_REQUEST);
				return;
			}
			chain.doFilter(safe, response);
		}

	}

	/** The request, with no parameters at all when they cannot be decoded. */
	static final class SafeParameters extends HttpServletRequestWrapper {

		private boolean malformed;

		/**
		 * Whether the parameters could not be read because an upload was over the limit.
		 */
		private boolean tooLarge;

		private final boolean hideMultipart;

		/**
		 * @param hideMultipart whether to hide that the body is multipart: on the error
		 * dispatch of a refused upload, so that the error page does not read the body
		 * again
		 */
		SafeParameters(HttpServletRequest request, boolean hideMultipart) {
			super(request);
			this.hideMultipart = hideMultipart;
		}

		@Override
		public String getContentType() {
			String type = super.getContentType();
			return (this.hideMultipart && type != null && type.startsWith("multipart/")) ? null : type;
		}

		@Override
		public String getHeader(String name) {
			return "Content-Type".equalsIgnoreCase(name) ? getContentType() : super.getHeader(name);
		}

		private void refused(IllegalStateException ex) {
			this.malformed = true;
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				this.tooLarge |= cause.getClass().getSimpleName().contains("SizeLimitExceeded")
						|| cause.getClass().getSimpleName().equals("SizeException");
			}
		}

		@Override
		public String getParameter(String name) {
			try {
				return super.getParameter(name);
			}
			catch (IllegalStateException ex) {
				refused(ex);
				return null;
			}
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			try {
				return super.getParameterMap();
			}
			catch (IllegalStateException ex) {
				refused(ex);
				return Map.of();
			}
		}

		@Override
		public Enumeration<String> getParameterNames() {
			try {
				return super.getParameterNames();
			}
			catch (IllegalStateException ex) {
				refused(ex);
				return Collections.emptyEnumeration();
			}
		}

		@Override
		public String[] getParameterValues(String name) {
			try {
				return super.getParameterValues(name);
			}
			catch (IllegalStateException ex) {
				refused(ex);
				return null;
			}
		}

	}

}
