package com.rolloutplanner.report;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.listing.Listings;
import com.rolloutplanner.system.KeptHtml;
import com.rolloutplanner.system.TemplateContexts;

/**
 * The journey of an engagement rendered as HTML, the way a share link shows it or as the
 * body of the printable report, kept while the engagement is unchanged. Every change to
 * an engagement or anything of it writes its listing row anew with a new number
 * ({@link Listings#version}, which also says whether the reader may see it), so the
 * number, the names, the date, the language, the reader's organisation and whether
 * amounts are hidden decide the HTML: a steering group opening a link again, or a manager
 * the report before a meeting, cost one indexed look-up instead of assembling the journey
 * (some twenty-five reads) and rendering it. At most about 16 MB; journeys unread for an
 * hour are dropped.
 */
@Component
public class KeptJourneys {

	private final KeptHtml<Key> rendered = new KeptHtml<>(8_000_000);

	private final Listings listings;

	private final JourneyAssembler journeys;

	private final ITemplateEngine templates;

	private final ApplicationContext applicationContext;

	KeptJourneys(Listings listings, JourneyAssembler journeys, ITemplateEngine templates,
			ApplicationContext applicationContext) {
		this.listings = listings;
		this.journeys = journeys;
		this.templates = templates;
		this.applicationContext = applicationContext;
	}

	/**
	 * The engagement's journey on the date as a share link shows it; empty when the
	 * engagement no longer exists.
	 */
	public Optional<Shown> shared(Long engagementId, LocalDate date, boolean hideAmounts, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		return this.listings.version(engagementId, Access.toEverything())
			.map((version) -> new Shown(version.name(), version.clientName(), version.partnerName(),
					kept(new Key("report/shared-journey", engagementId, version, null, date, hideAmounts, locale,
							request.getContextPath()), Access.toEverything(), request, response)));
	}

	/**
	 * The body of the printable report on the date for a reader of the organisation; an
	 * engagement the reader may not see answers as the journey does (not found).
	 */
	Shown report(Long engagementId, Access access, Long readerOrganisationId, LocalDate date, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		Optional<Listings.Version> version = this.listings.version(engagementId, access);
		if (version.isEmpty()) {
			Journey journey = this.journeys.assemble(engagementId, access, readerOrganisationId, date);
			return new Shown(journey.engagement().name(), journey.engagement().clientName(),
					journey.engagement().partnerName(),
					render("report/report-body", journey, request, response, locale));
		}
		Listings.Version v = version.get();
		return new Shown(v.name(), v.clientName(), v.partnerName(), kept(new Key("report/report-body", engagementId, v,
				readerOrganisationId, date, false, locale, request.getContextPath()), access, request, response));
	}

	private String kept(Key key, Access access, HttpServletRequest request, HttpServletResponse response) {
		return this.rendered.get(key, (k) -> render(k.template(),
				this.journeys.assemble(k.engagementId(), access, k.readerOrganisationId(), k.date(), k.hideAmounts()),
				request, response, k.locale()));
	}

	private String render(String template, Journey journey, HttpServletRequest request, HttpServletResponse response,
			Locale locale) {
		WebContext context = TemplateContexts.of(this.applicationContext, request, response, locale);
		context.setVariable("journey", journey);
		return this.templates.process(template, context);
	}

	/** The engagement's and its organisations' names, and its journey as HTML. */
	public record Shown(String name, String clientName, String partnerName, String html) {
	}

	private record Key(String template, Long engagementId, Listings.Version version, Long readerOrganisationId,
			LocalDate date, boolean hideAmounts, Locale locale, String contextPath) {
	}

}
