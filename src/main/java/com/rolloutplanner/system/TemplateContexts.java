package com.rolloutplanner.system;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.context.ApplicationContext;

/**
 * The context of a template rendered outside a view (a PDF, a part of a page that is
 * kept): the request's links and language, and the evaluation context that resolves
 * {@code @beans}, which only a view would otherwise provide.
 */
public final class TemplateContexts {

	private TemplateContexts() {
	}

	public static WebContext of(ApplicationContext applicationContext, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response), locale);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(applicationContext, null));
		return context;
	}

}
