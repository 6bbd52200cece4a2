package com.rolloutplanner.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import com.rolloutplanner.phase.Phase;
import com.rolloutplanner.system.AsOf;
import com.rolloutplanner.system.KeptCsrf;
import com.rolloutplanner.system.KeptHtml;
import com.rolloutplanner.system.TemplateContexts;

/**
 * The dashboard's content (everything inside the page frame) as HTML, made from
 * {@code dashboard/content.html} once and then kept: the content is a value (the counts,
 * the page of rows, the query, what waits for the reader), read anew on every request, so
 * the same content in the same language under the same context path is the same HTML, and
 * any change to what it shows is a different key. Rendering the counts, filters, column
 * heads, waiting list and page links was most of what a dashboard request still cost once
 * its rows were kept ({@link RenderedRows}); a manager opening the dashboard again now
 * costs its reads and the page frame. A form that posts would carry the reader's own CSRF
 * token ({@link KeptCsrf}). At most about 16 MB; content unread for an hour is dropped.
 */
@Component
class DashboardPage {

	static final String TEMPLATE = "dashboard/content";

	private final KeptHtml<Key> kept = new KeptHtml<>(8_000_000);

	private final RenderedRows rows;

	private final ITemplateEngine templates;

	private final ApplicationContext applicationContext;

	DashboardPage(RenderedRows rows, ITemplateEngine templates, ApplicationContext applicationContext) {
		this.rows = rows;
		this.templates = templates;
		this.applicationContext = applicationContext;
	}

	/** The content's HTML for this reader. */
	String html(Content content, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		String html = this.kept.get(new Key(content, locale, request.getContextPath()), (key) -> {
			HttpServletRequest keeping = KeptCsrf.forKeeping(request);
			WebContext context = TemplateContexts.of(this.applicationContext, keeping, response, locale);
			context.setVariables(content.variables());
			context.setVariable("rowHtml", this.rows.of(content.rows(), content.asOf(), locale, keeping, response));
			return this.templates.process(TEMPLATE, context);
		});
		return KeptCsrf.forReader(html, request);
	}

	/**
	 * What the dashboard's content shows: every value its template reads, as read for
	 * this request.
	 */
	record Content(List<DashboardRow> rows, Map<Phase, Long> counts, long total, long filteredTotal, long withCritical,
			long withOverdue, long matching, DashboardQuery query, int currentPage, int pages, List<Integer> pageLinks,
			AsOf asOf, WaitingForYou.Waiting waiting) {

		Map<String, Object> variables() {
			Map<String, Object> variables = new LinkedHashMap<>();
			variables.put("rows", this.rows);
			variables.put("counts", this.counts);
			variables.put("total", this.total);
			variables.put("filteredTotal", this.filteredTotal);
			variables.put("withCritical", this.withCritical);
			variables.put("withOverdue", this.withOverdue);
			variables.put("matching", this.matching);
			variables.put("query", this.query);
			variables.put("currentPage", this.currentPage);
			variables.put("pages", this.pages);
			variables.put("pageLinks", this.pageLinks);
			variables.put("asOf", this.asOf);
			variables.put("waiting", this.waiting);
			return variables;
		}

	}

	private record Key(Content content, Locale locale, String contextPath) {
	}

}
