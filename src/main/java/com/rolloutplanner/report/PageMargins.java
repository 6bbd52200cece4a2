package com.rolloutplanner.report;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.rolloutplanner.system.ViewHelpers;

/**
 * The margins of a printed page: a running footer with the engagement, the date shown and
 * both organisations on the left, "page / pages" on the right. One stylesheet for the
 * browser's print (served as a file, as the content security policy allows no inline
 * styles) and the server's PDF.
 */
@Component
public class PageMargins {

	private static final String BOX = "font-family: \"DejaVu Sans\", sans-serif; font-size: 7pt; color: #4b5563; "
			+ "vertical-align: top; padding-top: 3mm;";

	private final MessageSource messages;

	private final ViewHelpers fmt;

	PageMargins(MessageSource messages, ViewHelpers fmt) {
		this.messages = messages;
		this.fmt = fmt;
	}

	public String css(String engagement, LocalDate asOf, String client, String partner, Locale locale) {
		String footer = this.messages.getMessage("report.footer",
				new Object[] { engagement, this.fmt.date(asOf), client, partner }, locale);
		return "@page {\n  @bottom-left { content: " + quoted(footer) + "; " + BOX + " }\n"
				+ "  @bottom-right { content: counter(page) \" / \" counter(pages); " + BOX + " }\n}\n";
	}

	/** A CSS string holding exactly this text, whatever characters it has. */
	static String quoted(String text) {
		StringBuilder css = new StringBuilder("\"");
		text.codePoints().forEach((c) -> {
			if (c == '"' || c == '\\' || c < 0x20 || c == 0x7f || c == '<' || c == '>') {
				css.append('\\').append(Integer.toHexString(c)).append(' ');
			}
			else {
				css.appendCodePoint(c);
			}
		});
		return css.append('"').toString();
	}

}
