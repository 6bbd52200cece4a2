package com.rolloutplanner.system;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.context.webmvc.SpringWebMvcThymeleafRequestContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.support.RequestContext;
import org.springframework.web.servlet.view.AbstractTemplateView;

/**
 * The context of a template rendered outside a view (a PDF, a part of a page that is
 * kept): the request's links and language, and the evaluation context that resolves
 * {@code @beans} and the request context that gives a form its hidden fields, which only
 * a view would otherwise provide. A template's variables are its request's attributes;
 * what the rendering sets stays its own, so that a part rendered while a page is being
 * rendered (the kept page header) leaves the page's request context and forms as they
 * were.
 */
public final class TemplateContexts {

	private TemplateContexts() {
	}

	public static WebContext of(ApplicationContext applicationContext, HttpServletRequest outer,
			HttpServletResponse response, Locale locale) {
		HttpServletRequest request = new OwnAttributes(outer);
		WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response), locale);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(applicationContext, null));
		// As a view has it: a form's th:action gets the request's hidden fields (the CSRF
		// token) from the request context.
		RequestContext requestContext = new RequestContext(request, response, request.getServletContext(), null);
		context.setVariable(AbstractTemplateView.SPRING_MACRO_REQUEST_CONTEXT_ATTRIBUTE, requestContext);
		context.setVariable(SpringContextVariableNames.SPRING_REQUEST_CONTEXT, requestContext);
		context.setVariable(SpringContextVariableNames.THYMELEAF_REQUEST_CONTEXT,
				new SpringWebMvcThymeleafRequestContext(requestContext, request));
		return context;
	}

	/**
	 * The request with attributes of its own: what is set or removed here is seen here
	 * alone; the rest is read from the request.
	 */
	static final class OwnAttributes extends HttpServletRequestWrapper {

		private static final Object REMOVED = new Object();

		private final Map<String, Object> own = new HashMap<>();

		OwnAttributes(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Object getAttribute(String name) {
			Object value = this.own.get(name);
			if (value == null) {
				return super.getAttribute(name);
			}
			return (value != REMOVED) ? value : null;
		}

		@Override
		public java.util.Enumeration<String> getAttributeNames() {
			Set<String> names = new LinkedHashSet<>(Collections.list(super.getAttributeNames()));
			this.own.forEach((name, value) -> {
				if (value != REMOVED) {
					names.add(name);
				}
				else {
					names.remove(name);
				}
			});
			return Collections.enumeration(names);
		}

		@Override
		public void setAttribute(String name, Object value) {
			this.own.put(name, (value != null) ? value : REMOVED);
		}

		@Override
		public void removeAttribute(String name) {
			this.own.put(name, REMOVED);
		}

	}

}
