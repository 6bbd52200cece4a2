package com.rolloutplanner.timeline;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import com.rolloutplanner.phase.Phase;
import com.rolloutplanner.system.ViewHelpers;

/**
 * The timeline's words in the reader's language, placed by their widths as measured with
 * the product's own font (DejaVu Sans, the report's font and wider than most screen
 * fonts, so that a label measured to fit fits on screen too). The fonts are read once.
 */
@Component("timelineText")
public class TimelineText implements TimelineLabels.Width {

	private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

	private final Font regular;

	private final Font bold;

	private final MessageSource messages;

	private final ViewHelpers fmt;

	TimelineText(MessageSource messages, ViewHelpers fmt) {
		this.messages = messages;
		this.fmt = fmt;
		this.regular = font("/fonts/DejaVuSans.ttf");
		this.bold = font("/fonts/DejaVuSans-Bold.ttf");
	}

	@Override
	public double of(String text, double size, boolean isBold) {
		Font font = (isBold ? this.bold : this.regular).deriveFont((float) size);
		return font.getStringBounds(text, CONTEXT).getWidth();
	}

	/** The labels of the chart in the language of the current request or rendering. */
	public TimelineLabels.Layout layout(TimelineChart chart) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<Phase, String> names = new EnumMap<>(Phase.class);
		Map<Phase, String> shortNames = new EnumMap<>(Phase.class);
		Map<Phase, String> firstLines = new EnumMap<>(Phase.class);
		Map<Phase, String> secondLines = new EnumMap<>(Phase.class);
		for (TimelineChart.Band band : chart.bands()) {
			Phase phase = band.phase();
			names.put(phase, message("phase." + phase, locale));
			shortNames.put(phase, message("phase." + phase + ".chart", locale));
			if (band.start() != null) {
				firstLines.put(phase, this.fmt.date(band.start()));
			}
			secondLines.put(phase,
					(band.lastDay() != null) ? message("timeline.until", locale, this.fmt.date(band.lastDay()))
							: message("timeline.onwards", locale));
		}
		LocalDate asOf = chart.asOf();
		String asOfText = message(this.fmt.isToday(asOf) ? "timeline.asOfMarker" : "timeline.shownMarker", locale,
				this.fmt.date(asOf));
		return TimelineLabels.place(chart, new TimelineLabels.Words(names, shortNames, firstLines, secondLines,
				message("timeline.goLiveMarker", locale), asOfText), this);
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	private static Font font(String path) {
		try (InputStream in = TimelineText.class.getResourceAsStream(path)) {
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException | java.awt.FontFormatException ex) {
			throw new UncheckedIOException(new IOException("The font " + path + " cannot be read", ex));
		}
	}

}
