package com.rolloutplanner.system;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
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
 * The context of a template rendered outside a view (a PDF): the request's links and
 * language, and the evaluation context that resolves {@code @beans} and the request
 * context that gives a form its hidden fields, which only a view would otherwise provide.
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
		// As a view has it: a form's th:action gets the request's hidden fields (the CSRF
		// token) from the request context.
		RequestContext requestContext = new RequestContext(request, response, request.getServletContext(), null);
		context.setVariable(AbstractTemplateView.SPRING_MACRO_REQUEST_CONTEXT_ATTRIBUTE, requestContext);
		context.setVariable(SpringContextVariableNames.SPRING_REQUEST_CONTEXT, requestContext);
		context.setVariable(SpringContextVariableNames.THYMELEAF_REQUEST_CONTEXT,
				new SpringWebMvcThymeleafRequestContext(requestContext, request));
		return context;
	}

}
