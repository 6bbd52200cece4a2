package com.rolloutplanner.businesscase;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.rolloutplanner.businesscase.PaybackCurve.Curve;
import com.rolloutplanner.businesscase.PaybackCurve.Row;
import com.rolloutplanner.phase.Phase;

/**
 * The geometry of the payback chart: phase bands, the months 6–9 where payback is
 * expected shaded, the zero line, the planned curve, the what-if curves, the actual curve
 * and its projection, the payback months marked. Every series starts at month 0 with the
 * investment spent. Plain values for an SVG template; nothing is clamped.
 */
public record PaybackChart(List<PhaseArea> phases, double windowX, double windowWidth, double zeroY, String plannedLine,
		String longerDipLine, String deeperDipLine, String actualLine, String projectedLine, Marker plannedPayback,
		Marker projectedPayback, Double contractEndX, List<Tick> yTicks, List<Tick> xTicks, int months) {

	public static final double WIDTH = 640;

	public static final double HEIGHT = 260;

	static final double LEFT = 72;

	static final double RIGHT = 12;

	static final double TOP = 12;

	static final double BOTTOM = 34;

	/** A phase's part of the x axis. */
	public record PhaseArea(Phase phase, double x, double width) {
	}

	/** An axis label at a position. */
	public record Tick(double position, BigDecimal value) {
	}

	/** A payback month on the zero line. */
	public record Marker(int month, double x, double y) {
	}

	/**
	 * The chart shows the first two years, where the dip and the payback are; the curve
	 * itself runs on to the contract's end.
	 */
	public static final int MONTHS = 24;

	static PaybackChart of(Curve curve, PaybackCurve.Plan plan, int contractMonths) {
		return of(curve, plan, contractMonths, false);
	}

	/**
	 * The chart; with {@code signsOnly}, every value is drawn as its sign alone (below
	 * zero, zero, above zero), with no scale: the months in which each series is below or
	 * above zero and its payback month can be read, and no amount can be recovered,
	 * however many of them one knows (a share link that hides amounts).
	 */
	static PaybackChart of(Curve curve, PaybackCurve.Plan plan, int contractMonths, boolean signsOnly) {
		int months = Math.min(curve.horizon(), MONTHS);
		// The plan and its what-ifs end with the contract (marked); what was recorded is
		// drawn as far as it goes.
		int drawn = Math.max(1, Math.min(months, contractMonths));
		Function<BigDecimal, BigDecimal> shown = signsOnly
				? (value) -> (value != null) ? BigDecimal.valueOf(value.signum()) : null : Function.identity();
		List<BigDecimal> longer = PaybackCurve.plannedCumulative(plan, 1, months).stream().map(shown).toList();
		List<BigDecimal> deeper = PaybackCurve.plannedCumulative(plan.dipOneAndAHalfTimesAsDeep(), 0, months)
			.stream()
			.map(shown)
			.toList();
		BigDecimal start = shown.apply(plan.investment().negate());
		Function<Row, BigDecimal> planned = (row) -> shown.apply(row.planned());
		Function<Row, BigDecimal> actualValue = (row) -> shown.apply(row.actual());
		Function<Row, BigDecimal> projectedValue = (row) -> shown.apply(row.projected());
		double min = Math.min(0, start.doubleValue());
		double max = Math.max(0, start.doubleValue());
		for (int i = 0; i < months; i++) {
			Row row = curve.rows().get(i);
			boolean inContract = i < drawn;
			for (BigDecimal value : new BigDecimal[] { inContract ? planned.apply(row) : null, actualValue.apply(row),
					inContract ? projectedValue.apply(row) : null, inContract ? longer.get(i) : null,
					inContract ? deeper.get(i) : null }) {
				if (value != null) {
					min = Math.min(min, value.doubleValue());
					max = Math.max(max, value.doubleValue());
				}
			}
		}
		Scale scale = Scale.of(min, max, months);
		List<PhaseArea> phases = new ArrayList<>();
		int[][] spans = { { 0, 3 }, { 3, 6 }, { 6, 9 }, { 9, months } };
		Phase[] names = { Phase.START_UP, Phase.LEARNING, Phase.ESTABLISHED, Phase.CONTINUOUS_DEVELOPMENT };
		for (int i = 0; i < spans.length; i++) {
			phases.add(new PhaseArea(names[i], scale.x(spans[i][0]), scale.x(spans[i][1]) - scale.x(spans[i][0])));
		}
		String plannedLine = line(scale, start, curve.rows(), planned, 1, drawn);
		String actual = (curve.lastActualMonth() > 0)
				? line(scale, start, curve.rows(), actualValue, 1, Math.min(curve.lastActualMonth(), months)) : null;
		String projected = (curve.lastActualMonth() > 0 && curve.lastActualMonth() < drawn)
				? line(scale, null, curve.rows(), projectedValue, curve.lastActualMonth(), drawn) : null;
		List<Tick> xTicks = new ArrayList<>();
		for (int m = 0; m <= months; m += 3) {
			xTicks.add(new Tick(scale.x(m), BigDecimal.valueOf(m)));
		}
		return new PaybackChart(phases, scale.x(6), scale.x(9) - scale.x(6), scale.y(0), plannedLine,
				line(scale, start, longer, 1, drawn), line(scale, start, deeper, 1, drawn), actual, projected,
				marker(scale, curve.plannedPaybackMonth(), drawn), marker(scale, curve.projectedPaybackMonth(), drawn),
				(contractMonths < months) ? scale.x(contractMonths) : null, signsOnly ? List.of() : scale.yTicks(),
				xTicks, months);
	}

	private static Marker marker(Scale scale, Integer month, int months) {
		return (month != null && month <= months) ? new Marker(month, round(scale.x(month)), round(scale.y(0))) : null;
	}

	private static String line(Scale scale, BigDecimal start, List<Row> rows, Function<Row, BigDecimal> value, int from,
			int to) {
		List<BigDecimal> values = new ArrayList<>();
		rows.forEach((row) -> values.add(value.apply(row)));
		return line(scale, start, values, from, to);
	}

	/** A path through month 0 at {@code start} (when given) and the months from..to. */
	private static String line(Scale scale, BigDecimal start, List<BigDecimal> values, int from, int to) {
		StringBuilder path = new StringBuilder();
		if (start != null) {
			path.append('M').append(round(scale.x(0))).append(',').append(round(scale.y(start.doubleValue())));
		}
		for (int month = from; month <= to; month++) {
			BigDecimal value = values.get(month - 1);
			if (value == null) {
				continue;
			}
			path.append(path.isEmpty() ? "M" : " L")
				.append(round(scale.x(month)))
				.append(',')
				.append(round(scale.y(value.doubleValue())));
		}
		return path.toString();
	}

	static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/** Maps months and amounts into the drawing. */
	private record Scale(double min, double max, int months) {

		static Scale of(double min, double max, int months) {
			double pad = (max - min) * 0.08;
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

		/** Axis labels at round amounts (1, 2 or 5 times a power of ten), about five. */
		List<Tick> yTicks() {
			double raw = (this.max - this.min) / 5;
			double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
			double step = magnitude
					* ((raw / magnitude <= 1) ? 1 : (raw / magnitude <= 2) ? 2 : (raw / magnitude <= 5) ? 5 : 10);
			List<Tick> ticks = new ArrayList<>();
			for (double value = Math.ceil(this.min / step) * step; value <= this.max + step / 1000; value += step) {
				ticks.add(new Tick(round(y(value)), BigDecimal.valueOf(Math.round(value / step) * step)));
			}
			return ticks;
		}

	}

}
