package com.rolloutplanner.report;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The renderer lends its parsed fonts to one rendering at a time. */
class PdfRendererTests {

	final PdfRenderer renderer = new PdfRenderer();

	@Test
	void renderingsAtTheSameTimeEachEmbedTheFontAndKeepTheirOwnText() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(6);
		try {
			List<Future<byte[]>> pdfs = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				String html = "<html><body style=\"font-family: 'DejaVu Sans'\"><p>Käynnistysjakso " + i
						+ "</p><p><b>Lihavoitu " + i + "</b></p></body></html>";
				pdfs.add(threads.submit(() -> this.renderer.render(html, "http://localhost/")));
			}
			for (int i = 0; i < pdfs.size(); i++) {
				try (PDDocument document = Loader.loadPDF(pdfs.get(i).get())) {
					assertThat(new PDFTextStripper().getText(document)).contains("Käynnistysjakso " + i,
							"Lihavoitu " + i);
					List<String> fonts = new ArrayList<>();
					for (var name : document.getPage(0).getResources().getFontNames()) {
						PDFont font = document.getPage(0).getResources().getFont(name);
						fonts.add(font.getName());
					}
					assertThat(fonts).anyMatch((font) -> font.endsWith("DejaVuSans"))
						.anyMatch((font) -> font.endsWith("DejaVuSans-Bold"));
				}
			}
		}
		finally {
			threads.shutdown();
		}
	}

}
