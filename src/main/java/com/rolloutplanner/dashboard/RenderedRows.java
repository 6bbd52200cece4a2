package com.rolloutplanner.dashboard;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import com.rolloutplanner.system.AsOf;
import com.rolloutplanner.system.KeptHtml;
import com.rolloutplanner.system.TemplateContexts;

/**
 * The dashboard's rows as HTML, each made from {@code dashboard/row.html} once and then
 * kept: a row is a value (the engagement's listed state placed on the as-of date), so the
 * same row in the same language, on the same as-of date and under the same context path
 * is the same HTML, and a changed engagement is a different row. Rendering twenty rows
 * was most of a dashboard request's work; a manager opening the dashboard again, or
 * another reader of the same engagements, now costs the page around them. At most about 8
 * MB, rows unread for an hour are dropped.
 */
@Component
class RenderedRows {

	private final KeptHtml<Key> rendered = new KeptHtml<>(4_000_000);

	private final ITemplateEngine templates;

	private final ApplicationContext applicationContext;

	RenderedRows(ITemplateEngine templates, ApplicationContext applicationContext) {
		this.templates = templates;
		this.applicationContext = applicationContext;
	}

	/** The rows' HTML in their order, rendering only those not kept. */
	List<String> of(List<DashboardRow> rows, AsOf asOf, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		WebContext[] context = new WebContext[1];
		return rows.stream()
			.map((row) -> this.rendered.get(new Key(row, asOf, locale, request.getContextPath()), (key) -> {
				if (context[0] == null) {
					context[0] = context(asOf, locale, request, response);
				}
				context[0].setVariable("row", row);
				return this.templates.process("dashboard/row", context[0]);
			}))
			.toList();
	}

	private WebContext context(AsOf asOf, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		WebContext context = TemplateContexts.of(this.applicationContext, request, response, locale);
		context.setVariable("asOf", asOf);
		return context;
	}

	private record Key(DashboardRow row, AsOf asOf, Locale locale, String contextPath) {
	}

}
