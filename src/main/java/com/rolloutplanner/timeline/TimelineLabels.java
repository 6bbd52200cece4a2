package com.rolloutplanner.timeline;

import java.util.ArrayList;
import java.util.List;

import com.rolloutplanner.phase.Phase;

/**
 * Where the words of the timeline go, from their measured widths: the phase names in
 * their bands, the dates under them, the go-live and as-of markers' labels above. No
 * label overlaps a marker line, another label or the edge of the drawing; a phase name
 * too long for its band falls back to its short form.
 */
public final class TimelineLabels {

	/** The width of a text in drawing units at a font size, bold or not. */
	@FunctionalInterface
	public interface Width {

		double of(String text, double size, boolean bold);

	}

	/** The words to place, already in the reader's language. */
	public record Words(java.util.Map<Phase, String> names, java.util.Map<Phase, String> shortNames,
			java.util.Map<Phase, String> firstLines, java.util.Map<Phase, String> secondLines, String goLive,
			String asOf) {
	}

	/** A placed label: {@code anchor} is the SVG text-anchor. */
	public record Label(String text, double x, double y, String anchor, String cssClass) {
	}

	static final double NAME_SIZE = 14;

	static final double DATE_SIZE = 13;

	static final double GO_LIVE_SIZE = 12;

	static final double AS_OF_SIZE = 13;

	static final double MARKER_Y = 14;

	static final double NAME_Y = 42;

	static final double PAD = 8;

	private TimelineLabels() {
	}

	/**
	 * The placed labels, and whether the go-live line carries its label above the bands.
	 */
	public record Layout(List<Label> labels, boolean goLiveLabelled) {

		/** The words of the as-of marker ("Today: …" or "Shown date: …"). */
		public String asOfText() {
			return this.labels.stream()
				.filter((label) -> "asof-label".equals(label.cssClass()))
				.map(Label::text)
				.findFirst()
				.orElseThrow();
		}

		/** Where the go-live line starts: above the bands only when labelled there. */
		public double goLiveTop() {
			return this.goLiveLabelled ? 4 : 22;
		}

	}

	public static Layout place(TimelineChart chart, Words words, Width width) {
		List<Label> labels = new ArrayList<>();
		for (TimelineChart.Band band : chart.bands()) {
			labels.add(name(band, chart.asOfX(), words, width));
			String first = words.firstLines().get(band.phase());
			if (first != null) {
				labels.add(new Label(first, band.x() + 10, 162, "start", "band-dates"));
			}
			String second = words.secondLines().get(band.phase());
			if (second != null) {
				labels.add(new Label(second, band.x() + 10, 180, "start", "band-dates"));
			}
		}
		List<Label> markers = markers(chart, words, width);
		labels.addAll(markers);
		return new Layout(labels, markers.stream().anyMatch((label) -> "golive-label".equals(label.cssClass())));
	}

	/**
	 * The phase name at the left of its band, or beside the as-of marker when the marker
	 * would strike through it; the short name when the full one does not fit.
	 */
	private static Label name(TimelineChart.Band band, double markerX, Words words, Width width) {
		double left = band.x() + 10;
		double right = band.x() + band.width() - PAD;
		boolean markerInBand = markerX > band.x() && markerX < band.x() + band.width();
		for (String text : List.of(words.names().get(band.phase()), words.shortNames().get(band.phase()))) {
			double w = width.of(text, NAME_SIZE, true);
			if (!markerInBand || markerX > left + w + 4 || markerX < left - 4) {
				if (left + w <= right) {
					return new Label(text, left, NAME_Y, "start", "band-label");
				}
				continue;
			}
			if (markerX + 6 + w <= right) {
				return new Label(text, markerX + 6, NAME_Y, "start", "band-label");
			}
			if (markerX - 6 - w >= band.x() + 4) {
				return new Label(text, markerX - 6, NAME_Y, "end", "band-label");
			}
		}
		// Nothing fits beside the marker: the short name on the wider side of it.
		String text = words.shortNames().get(band.phase());
		return (markerX - band.x() > band.x() + band.width() - markerX)
				? new Label(text, markerX - 6, NAME_Y, "end", "band-label")
				: new Label(text, markerX + 6, NAME_Y, "start", "band-label");
	}

	/**
	 * The go-live label right of its line and the as-of label beside its marker, on the
	 * side where it fits without touching the go-live label; when it fits nowhere beside
	 * it, the go-live label gives way (the go-live date stands under the start-up band).
	 */
	private static List<Label> markers(TimelineChart chart, Words words, Width width) {
		Label goLive = new Label(words.goLive(), chart.goLiveX() + 6, MARKER_Y, "start", "golive-label");
		double goLiveLeft = goLive.x();
		double goLiveRight = goLiveLeft + width.of(goLive.text(), GO_LIVE_SIZE, true);
		double w = width.of(words.asOf(), AS_OF_SIZE, true);
		double x = chart.asOfX();
		List<double[]> candidates = List.of(new double[] { x + 6, x + 6 + w }, new double[] { x - 6 - w, x - 6 });
		for (double[] span : candidates) {
			boolean inside = span[0] >= 2 && span[1] <= TimelineChart.WIDTH - 2;
			boolean clear = span[1] + 12 < goLiveLeft || span[0] > goLiveRight + 12;
			if (inside && clear) {
				return List.of(goLive, asOf(words, span, x));
			}
		}
		for (double[] span : candidates) {
			if (span[0] >= 2 && span[1] <= TimelineChart.WIDTH - 2) {
				return List.of(asOf(words, span, x));
			}
		}
		return List.of(asOf(words, candidates.get(0), x));
	}

	private static Label asOf(Words words, double[] span, double markerX) {
		return (span[0] > markerX) ? new Label(words.asOf(), span[0], MARKER_Y, "start", "asof-label")
				: new Label(words.asOf(), span[1], MARKER_Y, "end", "asof-label");
	}

}
