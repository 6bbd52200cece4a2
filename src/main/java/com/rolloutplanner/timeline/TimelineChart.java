package com.rolloutplanner.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.rolloutplanner.phase.Phase;
import com.rolloutplanner.phase.PhaseWindow;
import com.rolloutplanner.phase.Placement;

/**
 * The geometry of the timeline picture: one band per phase in a 1000-unit-wide drawing,
 * with a go-live and an as-of marker. The three fixed phases get equal widths (they last
 * three months each); continuous development is drawn as far as the as-of date needs, at
 * least three months; pre-launch only appears when the as-of date is before go-live.
 */
public record TimelineChart(List<Band> bands, double goLiveX, double asOfX, LocalDate asOf, Phase current) {

	public static final double WIDTH = 1000;

	private static final double PRE_LAUNCH_WIDTH = 160;

	public record Band(Phase phase, double x, double width, LocalDate start, LocalDate lastDay, boolean current) {

		public double centre() {
			return this.x + this.width / 2;
		}

	}

	public static TimelineChart of(Placement placement) {
		List<PhaseWindow> windows = placement.timeline();
		boolean preLaunch = !placement.isLive();
		double left = preLaunch ? PRE_LAUNCH_WIDTH : 0;
		double bandWidth = (WIDTH - left) / 4;
		List<Band> bands = new ArrayList<>();
		double asOfX = 0;
		LocalDate asOf = placement.asOf();
		if (preLaunch) {
			bands.add(new Band(Phase.PRE_LAUNCH, 0, PRE_LAUNCH_WIDTH, null, placement.goLive().minusDays(1), true));
			asOfX = PRE_LAUNCH_WIDTH * 0.35;
		}
		double x = left;
		for (PhaseWindow window : windows) {
			if (!window.phase().isAfterGoLive()) {
				continue;
			}
			LocalDate end = (window.end() != null) ? window.end() : drawnEnd(window.start(), asOf);
			boolean current = window.phase() == placement.phase();
			bands.add(new Band(window.phase(), x, bandWidth, window.start(), window.lastDay(), current));
			if (current) {
				asOfX = x + bandWidth * fraction(window.start(), end, asOf);
			}
			x += bandWidth;
		}
		return new TimelineChart(bands, left, asOfX, asOf, placement.phase());
	}

	// The rule of thumb of the source, as (band position, level) key points: quality
	// drops
	// in start-up, is back at the old level when learning ends, reaches the goals in
	// established production and keeps improving.
	private static final double[][] EXPECTED = { { 0, 82 }, { 0.55, 116 }, { 1, 108 }, { 2, 82 }, { 3, 58 },
			{ 4, 52 } };

	/** The schematic expected course of quality as an SVG path over the live phases. */
	public String expectedCoursePath() {
		double left = this.goLiveX;
		double bandWidth = (WIDTH - left) / 4;
		StringBuilder path = new StringBuilder();
		for (int i = 0; i <= 80; i++) {
			double t = i / 20.0;
			path.append(i == 0 ? "M" : " L").append(format(left + t * bandWidth)).append(',').append(format(level(t)));
		}
		return path.toString();
	}

	private static double level(double t) {
		for (int k = 1; k < EXPECTED.length; k++) {
			if (t <= EXPECTED[k][0]) {
				double[] from = EXPECTED[k - 1];
				double[] to = EXPECTED[k];
				double f = (t - from[0]) / (to[0] - from[0]);
				double eased = (1 - Math.cos(Math.PI * f)) / 2;
				return from[1] + (to[1] - from[1]) * eased;
			}
		}
		return EXPECTED[EXPECTED.length - 1][1];
	}

	private static String format(double value) {
		return String.valueOf(Math.round(value * 10) / 10.0);
	}

	private static LocalDate drawnEnd(LocalDate start, LocalDate asOf) {
		LocalDate threeMonths = start.plusMonths(3);
		return asOf.isBefore(threeMonths) ? threeMonths : asOf.plusMonths(1);
	}

	private static double fraction(LocalDate start, LocalDate end, LocalDate date) {
		double total = ChronoUnit.DAYS.between(start, end);
		double done = ChronoUnit.DAYS.between(start, date);
		return Math.max(0, Math.min(1, done / total));
	}

}
