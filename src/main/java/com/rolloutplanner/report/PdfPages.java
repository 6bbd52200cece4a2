package com.rolloutplanner.report;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.context.ApplicationContext;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import com.rolloutplanner.system.TemplateContexts;

/**
 * A page of the product printed as a PDF: its template rendered with the paper's style
 * sheets ({@code pdf} true, {@code reportCss}, {@code svgStyle} for the drawings), and
 * the answer that carries it with its file name.
 */
@Component
public class PdfPages {

	private final PdfRenderer pdf;

	private final SpringTemplateEngine templates;

	private final ApplicationContext applicationContext;

	PdfPages(PdfRenderer pdf, SpringTemplateEngine templates, ApplicationContext applicationContext) {
		this.pdf = pdf;
		this.templates = templates;
		this.applicationContext = applicationContext;
	}

	/** The template with the model, as a PDF. */
	public byte[] render(String template, Map<String, Object> model, HttpServletRequest request,
			HttpServletResponse response, Locale locale) {
		WebContext context = TemplateContexts.of(this.applicationContext, request, response, locale);
		context.setVariables(model);
		context.setVariable("pdf", true);
		context.setVariable("reportCss", this.pdf.reportCss());
		context.setVariable("svgStyle", this.pdf.chartCss());
		return this.pdf.render(this.templates.process(template, context), base(request));
	}

	/** Where the page's links and pictures are read from. */
	public static String base(HttpServletRequest request) {
		return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + "/";
	}

	/** The answer with a PDF: shown in the browser, or downloaded as an attachment. */
	public static ResponseEntity<byte[]> response(byte[] bytes, String fileName, boolean attachment) {
		ContentDisposition disposition = (attachment ? ContentDisposition.attachment() : ContentDisposition.inline())
			.filename(fileName, StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(bytes);
	}

}
