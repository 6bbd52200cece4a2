package com.rolloutplanner.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.commitments.CommitmentEvents.AnnexSigned;
import com.rolloutplanner.engagement.EngagementView;

/**
 * The terms annex as a PDF: made the same way for the reader who asks for it and for the
 * archive, which keeps each version as both sides signed it. The PDF has no links, so it
 * needs no request to be made.
 */
@Component
public class AnnexDocument {

	/** The template of the annex, on screen and on paper. */
	public static final String TEMPLATE = "report/annex";

	private final JourneyAssembler journeys;

	private final SpringTemplateEngine templates;

	private final ApplicationContext applicationContext;

	private final PdfRenderer pdf;

	private final PageMargins margins;

	private final ReportArchive archive;

	private final Clock clock;

	AnnexDocument(JourneyAssembler journeys, SpringTemplateEngine templates, ApplicationContext applicationContext,
			PdfRenderer pdf, PageMargins margins, ReportArchive archive, Clock clock) {
		this.clock = clock;
		this.journeys = journeys;
		this.templates = templates;
		this.applicationContext = applicationContext;
		this.pdf = pdf;
		this.margins = margins;
		this.archive = archive;
	}

	/** What the annex page and its PDF show of the engagement. */
	public record Page(Long id, String name, LocalDate asOf) {
	}

	/** The annex of the journey as a PDF in the language. */
	public byte[] pdf(Journey journey, Locale locale) {
		EngagementView e = journey.engagement();
		Context context = new Context(locale);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.applicationContext, null));
		context.setVariables(Map.of("journey", journey, "report", new Page(e.id(), e.name(), journey.asOf()), "pageCss",
				this.margins.css(e.name(), journey.asOf(), e.clientName(), e.partnerName(), locale), "pdf", true,
				"reportCss", this.pdf.reportCss(), "svgStyle", this.pdf.chartCss()));
		return this.pdf.render(this.templates.process(TEMPLATE, context), "about:blank");
	}

	/**
	 * Archives a version of the annex once both sides have signed it, as it is at the
	 * second signature and dated with it, in the language of the one who signed last: in
	 * the signature's transaction, so that a version is never in force without its PDF.
	 */
	@EventListener
	void on(AnnexSigned event) {
		if (!event.complete()) {
			return;
		}
		// In the languages of the product; anything else as the messages fall back.
		Locale locale = "fi".equals(LocaleContextHolder.getLocale().getLanguage()) ? Locale.forLanguageTag("fi")
				: Locale.ENGLISH;
		Journey journey = this.journeys.assemble(event.engagementId(), Access.toEverything(), null,
				LocalDate.ofInstant(event.at(), this.clock.getZone()));
		this.archive.storeAnnex(event.engagementId(), event.version(), journey.asOf(), locale.getLanguage(),
				pdf(journey, locale), event.actor(), event.at());
	}

}
