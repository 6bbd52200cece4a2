package com.rolloutplanner.report;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.listing.Listings;
import com.rolloutplanner.system.TemplateContexts;

/**
 * The journey of an engagement as a share link shows it, as HTML, kept while the
 * engagement is unchanged. Every change to an engagement or anything of it writes its
 * listing row anew with a new number ({@link Listings#version}), so the number, the
 * names, the date, the language and whether amounts are hidden decide the HTML: a
 * steering group opening the link again, or many members opening it before a meeting,
 * cost one indexed look-up instead of assembling the journey (some twenty-five reads) and
 * rendering it. At most about 16 MB; journeys unread for an hour are dropped.
 */
@Component
public class SharedJourneys {

	private static final long MAX_CHARS = 8_000_000;

	private final Cache<Key, String> rendered = Caffeine.newBuilder()
		.maximumWeight(MAX_CHARS)
		.weigher((Key key, String html) -> html.length() + 200)
		.expireAfterAccess(Duration.ofHours(1))
		.build();

	private final Listings listings;

	private final JourneyAssembler journeys;

	private final ITemplateEngine templates;

	private final ApplicationContext applicationContext;

	SharedJourneys(Listings listings, JourneyAssembler journeys, ITemplateEngine templates,
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
	public Optional<Shown> of(Long engagementId, LocalDate date, boolean hideAmounts, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		return this.listings.version(engagementId, Access.toEverything()).map((version) -> {
			Key key = new Key(engagementId, version, date, hideAmounts, locale, request.getContextPath());
			String html = this.rendered.get(key, (k) -> {
				WebContext context = TemplateContexts.of(this.applicationContext, request, response, locale);
				context.setVariable("journey",
						this.journeys.assemble(engagementId, Access.toEverything(), null, date, hideAmounts));
				return this.templates.process("report/shared-journey", context);
			});
			return new Shown(version.name(), version.clientName(), version.partnerName(), html);
		});
	}

	/** The engagement's and its organisations' names, and its journey as HTML. */
	public record Shown(String name, String clientName, String partnerName, String html) {
	}

	private record Key(Long engagementId, Listings.Version version, LocalDate date, boolean hideAmounts, Locale locale,
			String contextPath) {
	}

}
