package com.rolloutplanner.engagement;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.quickwin.QuickWinAssessor;
import com.rolloutplanner.system.AsOf;
import com.rolloutplanner.system.KeptCsrf;
import com.rolloutplanner.system.KeptHtml;
import com.rolloutplanner.system.TemplateContexts;
import com.rolloutplanner.system.TimeSource;

/**
 * The engagement overview: the engagement and what other modules add to it, rendered
 * inside the page frame. The rendered content is kept while the engagement is unchanged
 * ({@link OverviewVersions}): its version, the reader's access and organisation, the
 * as-of date, today, the language and the context path decide the HTML, so opening the
 * overview again costs one indexed look-up instead of some twenty-five reads and the
 * rendering. The forms in it (acknowledging a flag) carry the reader's own CSRF token:
 * the HTML is kept with a placeholder that is replaced on every request. When an
 * acknowledgement has just failed, the overview shows the reader's input and is rendered
 * for them alone. At most about 16 MB; overviews unread for an hour are dropped.
 */
@Component
class EngagementPage {

	static final String VIEW = "engagement/show";

	static final String CONTENT = "engagement/overview-body";

	private final KeptHtml<Key> kept = new KeptHtml<>(8_000_000);

	private final Engagements engagements;

	private final QuickWinAssessor assessor;

	private final List<OverviewSection> sections;

	private final ObjectProvider<OverviewVersions> versions;

	private final ITemplateEngine templates;

	private final ApplicationContext applicationContext;

	private final TimeSource time;

	EngagementPage(Engagements engagements, QuickWinAssessor assessor, List<OverviewSection> sections,
			ObjectProvider<OverviewVersions> versions, ITemplateEngine templates, ApplicationContext applicationContext,
			TimeSource time) {
		this.engagements = engagements;
		this.assessor = assessor;
		this.sections = sections;
		this.versions = versions;
		this.templates = templates;
		this.applicationContext = applicationContext;
		this.time = time;
	}

	String render(Model model, Long id, AsOf asOf, CurrentUser user, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		OverviewVersions source = this.versions.getIfAvailable();
		Optional<OverviewVersions.Version> version = (source != null) ? source.of(id, user.access()) : Optional.empty();
		CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		if (version.isEmpty() || token == null || model.containsAttribute("ackFailure")) {
			// Not there, not the reader's, or with the reader's own input: rendered
			// for this request only (a missing or hidden engagement is not found).
			Map<String, Object> variables = assemble(id, asOf, user);
			variables.putAll(model.asMap());
			model.addAttribute("overviewName", ((EngagementView) variables.get("engagement")).name());
			model.addAttribute("overviewHtml", render(variables, request, response, locale));
			return VIEW;
		}
		Key key = new Key(id, version.get().state(), user.access(), user.getOrganisationId(), asOf, this.time.today(),
				locale, request.getContextPath());
		String html = this.kept.get(key,
				(k) -> render(assemble(id, asOf, user), KeptCsrf.forKeeping(request), response, locale));
		model.addAttribute("overviewName", version.get().name());
		model.addAttribute("overviewHtml", KeptCsrf.forReader(html, request));
		return VIEW;
	}

	/** What the overview shows; a missing or hidden engagement is not found. */
	private Map<String, Object> assemble(Long id, AsOf asOf, CurrentUser user) {
		ExtendedModelMap variables = new ExtendedModelMap();
		variables.addAttribute("engagement",
				this.engagements.read(id, user.access(), (e) -> EngagementView.of(e, asOf.date(), this.assessor)));
		this.sections.forEach((section) -> section.addTo(variables, id, user, asOf.date()));
		variables.addAttribute("asOf", asOf);
		return variables;
	}

	private String render(Map<String, Object> variables, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		WebContext context = TemplateContexts.of(this.applicationContext, request, response, locale);
		context.setVariables(variables);
		return this.templates.process(CONTENT, context);
	}

	private record Key(Long engagementId, Object version, Access access, Long readerOrganisationId, AsOf asOf,
			LocalDate today, Locale locale, String contextPath) {
	}

}
