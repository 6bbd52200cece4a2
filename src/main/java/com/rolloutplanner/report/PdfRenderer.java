package com.rolloutplanner.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders the report's HTML to a PDF on the server, with DejaVu Sans embedded so that
 * Finnish letters show in every viewer, and the SVG charts drawn as vectors.
 */
@Component
class PdfRenderer {

	static final String FONT_FAMILY = "DejaVu Sans";

	private final Path regular;

	private final Path bold;

	private final String reportCss;

	private final String chartCss;

	PdfRenderer() {
		try {
			Path fonts = Files.createTempDirectory("rollout-fonts");
			this.regular = copy("fonts/DejaVuSans.ttf", fonts);
			this.bold = copy("fonts/DejaVuSans-Bold.ttf", fonts);
			this.reportCss = read("static/css/report.css");
			// The SVG pictures are drawn apart from the page: they get their styles
			// inline.
			this.chartCss = "text { font-family: '" + FONT_FAMILY + "', sans-serif; } " + read("static/css/charts.css");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String reportCss() {
		return this.reportCss;
	}

	String chartCss() {
		return this.chartCss;
	}

	private static String read(String resource) throws IOException {
		try (var in = new ClassPathResource(resource).getInputStream()) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
	}

	byte[] render(String html, String baseUri) {
		Document document = Jsoup.parse(html, baseUri);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useSVGDrawer(new BatikSVGDrawer());
			builder.useFont(this.regular.toFile(), FONT_FAMILY, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(this.bold.toFile(), FONT_FAMILY, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.withW3cDocument(new W3CDom().fromJsoup(document), baseUri);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static Path copy(String resource, Path folder) throws IOException {
		Path target = folder.resolve(Path.of(resource).getFileName());
		try (var in = new ClassPathResource(resource).getInputStream()) {
			Files.copy(in, target);
		}
		target.toFile().deleteOnExit();
		return target;
	}

}
