package com.rolloutplanner.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders the report's HTML to a PDF on the server, with DejaVu Sans embedded so that
 * Finnish letters show in every viewer, and the SVG charts drawn as vectors. The fonts
 * are read once and parsed at most once per concurrent rendering: parsed fonts are kept
 * in a small pool and lent to one rendering at a time (a parsed font is not safe to
 * share), so a second request never waits for the first; when all are lent, another is
 * parsed.
 */
@Component
public class PdfRenderer {

	static final String FONT_FAMILY = "DejaVu Sans";

	/** How many parsed pairs of fonts are kept for the next renderings. */
	static final int POOLED = 4;

	private final byte[] regular;

	private final byte[] bold;

	private final Queue<Fonts> pool = new ConcurrentLinkedQueue<>();

	/** How many renderings may run at the same time. */
	static final int CONCURRENT = 4;

	private final Semaphore rendering = new Semaphore(CONCURRENT, true);

	private final String reportCss;

	private final String chartCss;

	PdfRenderer() {
		try {
			this.regular = bytes("fonts/DejaVuSans.ttf");
			this.bold = bytes("fonts/DejaVuSans-Bold.ttf");
			this.reportCss = read("static/css/report.css");
			// The SVG pictures are drawn apart from the page: they get their styles
			// inline.
			this.chartCss = "text { font-family: '" + FONT_FAMILY + "', sans-serif; } "
					+ withoutMediaRules(read("static/css/charts.css")) + ON_PAPER;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * How a chart's words are set on paper, where it is drawn in half a page's width: at
	 * least 6.5 pt (amounts on the axis in short), the phases named in a key under the
	 * chart rather than in it.
	 */
	static final String ON_PAPER = " .chart-tick, .chart-axis { font-size: 17.5px; } .chart-axis { display: none; }"
			+ " .chart-phase-label { display: none; } .chart-tick-long { display: none; }"
			+ " .chart-tick-short { display: inline; } .band-label, .golive-label, .band-dates, .asof-label { font-size: 15.5px; }";

	/**
	 * The style sheet without its media rules (screen sizes), which the SVG renderer does
	 * not read and would lose the rules after.
	 */
	static String withoutMediaRules(String css) {
		StringBuilder kept = new StringBuilder();
		int at = 0;
		while (true) {
			int media = css.indexOf("@media", at);
			if (media < 0) {
				kept.append(css, at, css.length());
				return kept.toString();
			}
			kept.append(css, at, media);
			int open = css.indexOf('{', media);
			int depth = 0;
			int i = open;
			for (; i < css.length(); i++) {
				if (css.charAt(i) == '{') {
					depth++;
				}
				else if (css.charAt(i) == '}' && --depth == 0) {
					break;
				}
			}
			at = Math.min(i + 1, css.length());
		}
	}

	public String reportCss() {
		return this.reportCss;
	}

	public String chartCss() {
		return this.chartCss;
	}

	private static String read(String resource) throws IOException {
		return new String(bytes(resource), java.nio.charset.StandardCharsets.UTF_8);
	}

	private static byte[] bytes(String resource) throws IOException {
		try (var in = new ClassPathResource(resource).getInputStream()) {
			return in.readAllBytes();
		}
	}

	/** The regular and the bold font, parsed. */
	private record Fonts(TrueTypeFont regular, TrueTypeFont bold) {
	}

	private Fonts borrow() throws IOException {
		Fonts fonts = this.pool.poll();
		if (fonts != null) {
			return fonts;
		}
		return new Fonts(new TTFParser().parse(new RandomAccessReadBuffer(this.regular)),
				new TTFParser().parse(new RandomAccessReadBuffer(this.bold)));
	}

	private void giveBack(Fonts fonts) {
		if (this.pool.size() < POOLED) {
			this.pool.offer(fonts);
		}
	}

	public byte[] render(String html, String baseUri) {
		try {
			this.rendering.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting to render a PDF", ex);
		}
		try {
			return draw(html, baseUri);
		}
		finally {
			this.rendering.release();
		}
	}

	private byte[] draw(String html, String baseUri) {
		Document document = Jsoup.parse(html, baseUri);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (PDDocument pdf = new PDDocument()) {
			Fonts fonts = borrow();
			try {
				PdfRendererBuilder builder = new PdfRendererBuilder();
				builder.useFastMode();
				builder.usePDDocument(pdf);
				builder.useSVGDrawer(new BatikSVGDrawer());
				builder.useFont(new PDFontSupplier(PDType0Font.load(pdf, fonts.regular(), true)), FONT_FAMILY, 400,
						PdfRendererBuilder.FontStyle.NORMAL, true);
				builder.useFont(new PDFontSupplier(PDType0Font.load(pdf, fonts.bold(), true)), FONT_FAMILY, 700,
						PdfRendererBuilder.FontStyle.NORMAL, true);
				builder.withW3cDocument(new W3CDom().fromJsoup(document), baseUri);
				builder.toStream(out);
				builder.run();
			}
			finally {
				giveBack(fonts);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
