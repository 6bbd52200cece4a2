package com.rolloutplanner.kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.rolloutplanner.phase.Phase;

/**
 * The geometry of a KPI chart: phase bands in the background, baseline and target lines,
 * the expected band shaded, the actuals as a line with points, the as-of month marked.
 * Plain values for an SVG template; values are drawn as they are, never clamped.
 */
public record KpiChart(List<PhaseArea> phases, String bandPath, double baselineY, double targetY, List<Point> points,
		String actualLine, Double asOfX, List<Tick> yTicks, List<Tick> xTicks, int months) {

	public static final double WIDTH = 640;

	public static final double HEIGHT = 250;

	static final double LEFT = 60;

	static final double RIGHT = 12;

	static final double TOP = 12;

	static final double BOTTOM = 34;

	/** A phase's part of the x axis. */
	public record PhaseArea(Phase phase, double x, double width) {
	}

	/** An actual as drawn, with its judgement. */
	public record Point(int month, double x, double y, Judgement judgement) {
	}

	/** An axis label at a position. */
	public record Tick(double position, double value) {
	}

	public static KpiChart of(KpiDefinition kpi, Map<Integer, Double> actuals, int asOfMonth) {
		int lastActual = actuals.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
		int months = Math.max(Math.max(12, kpi.targetReachedMonth() + 3), Math.max(lastActual, asOfMonth));
		months = (int) Math.ceil(months / 3.0) * 3;
		Scale scale = Scale.of(kpi, actuals, months);
		List<PhaseArea> phases = new ArrayList<>();
		int[][] spans = { { 0, 3 }, { 3, 6 }, { 6, 9 }, { 9, months } };
		Phase[] names = { Phase.START_UP, Phase.LEARNING, Phase.ESTABLISHED, Phase.CONTINUOUS_DEVELOPMENT };
		for (int i = 0; i < spans.length; i++) {
			phases.add(new PhaseArea(names[i], scale.x(spans[i][0]), scale.x(spans[i][1]) - scale.x(spans[i][0])));
		}
		List<Point> points = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (Map.Entry<Integer, Double> actual : new java.util.TreeMap<>(actuals).entrySet()) {
			int month = actual.getKey();
			Point point = new Point(month, scale.x(month - 0.5), scale.y(actual.getValue()),
					ExpectedBand.judge(kpi, month, actual.getValue()));
			points.add(point);
			line.append(line.isEmpty() ? "M" : " L").append(round(point.x())).append(',').append(round(point.y()));
		}
		Double asOfX = (asOfMonth >= 1 && asOfMonth <= months) ? scale.x(asOfMonth - 0.5) : null;
		List<Tick> xTicks = new ArrayList<>();
		for (int m = 0; m <= months; m += 3) {
			xTicks.add(new Tick(scale.x(m), m));
		}
		return new KpiChart(phases, bandPath(kpi, scale, months), scale.y(kpi.baseline()), scale.y(kpi.target()),
				points, line.toString(), asOfX, scale.yTicks(), xTicks, months);
	}

	/** The expected band as a closed step-shaped path, month by month. */
	private static String bandPath(KpiDefinition kpi, Scale scale, int months) {
		StringBuilder upper = new StringBuilder();
		StringBuilder lower = new StringBuilder();
		for (int m = 1; m <= months; m++) {
			ExpectedBand band = ExpectedBand.of(kpi, m);
			Double high = band.high(kpi.direction());
			Double low = band.low(kpi.direction());
			double yHigh = (high != null) ? scale.y(high) : TOP;
			double yLow = (low != null) ? scale.y(low) : HEIGHT - BOTTOM;
			upper.append(upper.isEmpty() ? "M" : " L")
				.append(round(scale.x(m - 1)))
				.append(',')
				.append(round(yHigh))
				.append(" L")
				.append(round(scale.x(m)))
				.append(',')
				.append(round(yHigh));
			lower.insert(0,
					" L" + round(scale.x(m)) + "," + round(yLow) + " L" + round(scale.x(m - 1)) + "," + round(yLow));
		}
		return upper + lower.toString() + " Z";
	}

	static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/** Maps months and values into the drawing. */
	private record Scale(double min, double max, int months) {

		static Scale of(KpiDefinition kpi, Map<Integer, Double> actuals, int months) {
			double min = Math.min(Math.min(kpi.baseline(), kpi.target()), kpi.dipLevel());
			double max = Math.max(Math.max(kpi.baseline(), kpi.target()), kpi.dipLevel());
			for (double value : actuals.values()) {
				min = Math.min(min, value);
				max = Math.max(max, value);
			}
			double pad = (max - min) * 0.1;
			if (pad == 0) {
				pad = Math.max(1, Math.abs(max) * 0.1);
			}
			return new Scale(min - pad, max + pad, months);
		}

		double x(double month) {
			return LEFT + (WIDTH - LEFT - RIGHT) * month / this.months;
		}

		double y(double value) {
			return TOP + (HEIGHT - TOP - BOTTOM) * (this.max - value) / (this.max - this.min);
		}

		/**
		 * Axis labels at round values (1, 2 or 5 times a power of ten), about five of
		 * them.
		 */
		List<Tick> yTicks() {
			double raw = (this.max - this.min) / 5;
			double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
			double step = magnitude
					* ((raw / magnitude <= 1) ? 1 : (raw / magnitude <= 2) ? 2 : (raw / magnitude <= 5) ? 5 : 10);
			List<Tick> ticks = new ArrayList<>();
			for (double value = Math.ceil(this.min / step) * step; value <= this.max + step / 1000; value += step) {
				ticks.add(new Tick(y(value), Math.round(value / step) * step));
			}
			return ticks;
		}

	}

}
