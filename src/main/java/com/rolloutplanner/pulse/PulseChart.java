package com.rolloutplanner.pulse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.rolloutplanner.engagement.Side;
import com.rolloutplanner.phase.Phase;

/**
 * The geometry of the pulse chart (a 640 × 250 picture): both sides' scores by month of
 * the journey, on a scale from 1 to 5, over the phases they fall in.
 */
public record PulseChart(List<Band> phases, List<Line> lines, List<Tick> xTicks, List<Tick> yTicks) {

	static final double LEFT = 60;

	static final double RIGHT = 628;

	static final double TOP = 24;

	static final double BOTTOM = 216;

	/** A phase's stretch of the months shown. */
	public record Band(Phase phase, double x, double width) {
	}

	/** A point of a side's line. */
	public record Point(int month, BigDecimal score, double x, double y) {
	}

	/** A side's scores as a path and its points. */
	public record Line(Side side, String path, List<Point> points) {
	}

	/** A value on an axis and where it is drawn. */
	public record Tick(double position, String label) {
	}

	/**
	 * The chart of the months that have opened; at least the first six months are shown.
	 */
	public static PulseChart of(List<Pulses.MonthScores> months) {
		int span = Math.max(6, months.isEmpty() ? 0 : months.get(months.size() - 1).month());
		double perMonth = (RIGHT - LEFT) / span;
		List<Band> phases = new ArrayList<>();
		for (Phase phase : Phase.values()) {
			if (!phase.isAfterGoLive() || phase.startMonth() >= span) {
				continue;
			}
			int end = (phase.next() != null) ? Math.min(phase.next().startMonth(), span) : span;
			phases.add(new Band(phase, round(LEFT + phase.startMonth() * perMonth),
					round((end - phase.startMonth()) * perMonth)));
		}
		List<Line> lines = new ArrayList<>();
		for (Side side : Side.values()) {
			List<Point> points = new ArrayList<>();
			for (Pulses.MonthScores month : months) {
				BigDecimal score = month.of(side).score();
				if (score != null) {
					points.add(new Point(month.month(), score, round(LEFT + (month.month() - 0.5) * perMonth),
							y(score.doubleValue())));
				}
			}
			StringBuilder path = new StringBuilder();
			for (Point point : points) {
				path.append(path.isEmpty() ? "M" : " L").append(point.x()).append(',').append(point.y());
			}
			lines.add(new Line(side, path.toString(), points));
		}
		List<Tick> xTicks = new ArrayList<>();
		int step = (span <= 12) ? 1 : (span <= 36) ? 3 : 12;
		for (int month = 1; month <= span; month++) {
			if (month == 1 || month % step == 0) {
				xTicks.add(new Tick(round(LEFT + (month - 0.5) * perMonth), Integer.toString(month)));
			}
		}
		List<Tick> yTicks = new ArrayList<>();
		for (int score = Statement.LOWEST; score <= Statement.HIGHEST; score++) {
			yTicks.add(new Tick(y(score), Integer.toString(score)));
		}
		return new PulseChart(phases, lines, xTicks, yTicks);
	}

	private static double y(double score) {
		return round(BOTTOM - (score - Statement.LOWEST) / (Statement.HIGHEST - Statement.LOWEST) * (BOTTOM - TOP));
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
