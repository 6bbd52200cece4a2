package com.rolloutplanner.kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import com.rolloutplanner.timeline.ChartScale;
import com.rolloutplanner.timeline.ChartScale.PhaseArea;
import com.rolloutplanner.timeline.ChartScale.Tick;

/**
 * The geometry of a KPI chart: phase bands in the background, baseline and target lines,
 * the expected band shaded, the actuals as a line with points, the as-of month marked.
 * Plain values for an SVG template; values are drawn as they are, never clamped.
 */
public record KpiChart(List<PhaseArea> phases, String bandPath, double baselineY, double targetY, List<Point> points,
		String actualLine, Double asOfX, List<Tick> yTicks, List<Tick> xTicks, int months, String contractLine) {

	/** 640 by 250, the values left of the plot. */
	static final ChartScale.Frame FRAME = new ChartScale.Frame(640, 250, 60, 12, 12, 34);

	/** An actual as drawn, with its judgement. */
	public record Point(int month, double x, double y, Judgement judgement) {
	}

	public static KpiChart of(KpiDefinition kpi, Map<Integer, Double> actuals, int asOfMonth) {
		return of(kpi, actuals, asOfMonth, null);
	}

	/**
	 * The same with the targets the sides agreed, each from its month on ({@code null}
	 * without): a stepped line from the first target's month (the months before it are
	 * the credit holiday) to the chart's end.
	 */
	public static KpiChart of(KpiDefinition kpi, Map<Integer, Double> actuals, int asOfMonth,
			SortedMap<Integer, Double> contract) {
		int lastActual = actuals.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
		int months = Math.max(Math.max(12, kpi.targetReachedMonth() + 3), Math.max(lastActual, asOfMonth));
		months = (int) Math.ceil(months / 3.0) * 3;
		double min = Math.min(Math.min(kpi.baseline(), kpi.target()), kpi.dipLevel());
		double max = Math.max(Math.max(kpi.baseline(), kpi.target()), kpi.dipLevel());
		for (double value : actuals.values()) {
			min = Math.min(min, value);
			max = Math.max(max, value);
		}
		if (contract != null) {
			for (double value : contract.values()) {
				min = Math.min(min, value);
				max = Math.max(max, value);
			}
		}
		ChartScale scale = ChartScale.of(FRAME, min, max, months, 0.1);
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
		return new KpiChart(scale.phases(), bandPath(kpi, scale, months), scale.y(kpi.baseline()),
				scale.y(kpi.target()), points, line.toString(), asOfX, scale.yTicks(), scale.monthTicks(), months,
				contractLine(contract, scale, months));
	}

	private static String contractLine(SortedMap<Integer, Double> contract, ChartScale scale, int months) {
		if (contract == null || contract.isEmpty() || contract.firstKey() > months) {
			return null;
		}
		StringBuilder line = new StringBuilder();
		Double previous = null;
		for (Map.Entry<Integer, Double> step : contract.headMap(months + 1).entrySet()) {
			double x = round(scale.x(step.getKey() - 1));
			if (previous != null) {
				line.append(" L").append(x).append(',').append(round(scale.y(previous)));
			}
			line.append(line.isEmpty() ? "M" : " L").append(x).append(',').append(round(scale.y(step.getValue())));
			previous = step.getValue();
		}
		return line.append(" L").append(round(scale.x(months))).append(',').append(round(scale.y(previous))).toString();
	}

	/** The expected band as a closed step-shaped path, month by month. */
	private static String bandPath(KpiDefinition kpi, ChartScale scale, int months) {
		StringBuilder upper = new StringBuilder();
		StringBuilder lower = new StringBuilder();
		for (int m = 1; m <= months; m++) {
			ExpectedBand band = ExpectedBand.of(kpi, m);
			Double high = band.high(kpi.direction());
			Double low = band.low(kpi.direction());
			double yHigh = (high != null) ? scale.y(high) : FRAME.top();
			double yLow = (low != null) ? scale.y(low) : FRAME.height() - FRAME.bottom();
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

	private static double round(double value) {
		return ChartScale.round(value);
	}

}
