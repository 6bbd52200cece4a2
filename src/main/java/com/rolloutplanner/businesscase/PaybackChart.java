package com.rolloutplanner.businesscase;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.rolloutplanner.businesscase.PaybackCurve.Curve;
import com.rolloutplanner.businesscase.PaybackCurve.Row;
import com.rolloutplanner.timeline.ChartScale;
import com.rolloutplanner.timeline.ChartScale.PhaseArea;
import com.rolloutplanner.timeline.ChartScale.Tick;

/**
 * The geometry of the payback chart: phase bands, the months 6–9 where payback is
 * expected shaded, the zero line, the planned curve, the what-if curves, the actual curve
 * and its projection, the payback months marked. Every series starts at month 0 with the
 * investment spent. Plain values for an SVG template; nothing is clamped.
 */
public record PaybackChart(List<PhaseArea> phases, double windowX, double windowWidth, double zeroY, String plannedLine,
		String longerDipLine, String deeperDipLine, String actualLine, String projectedLine, Marker plannedPayback,
		Marker projectedPayback, Double contractEndX, List<Tick> yTicks, List<Tick> xTicks, int months) {

	/** 640 by 260, the amounts left of the plot. */
	static final ChartScale.Frame FRAME = new ChartScale.Frame(640, 260, 72, 12, 12, 34);

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
		ChartScale scale = ChartScale.of(FRAME, min, max, months, 0.08);
		String plannedLine = line(scale, start, curve.rows(), planned, 1, drawn);
		String actual = (curve.lastActualMonth() > 0)
				? line(scale, start, curve.rows(), actualValue, 1, Math.min(curve.lastActualMonth(), months)) : null;
		String projected = (curve.lastActualMonth() > 0 && curve.lastActualMonth() < drawn)
				? line(scale, null, curve.rows(), projectedValue, curve.lastActualMonth(), drawn) : null;
		return new PaybackChart(scale.phases(), scale.x(6), scale.x(9) - scale.x(6), scale.y(0), plannedLine,
				line(scale, start, longer, 1, drawn), line(scale, start, deeper, 1, drawn), actual, projected,
				marker(scale, curve.plannedPaybackMonth(), drawn), marker(scale, curve.projectedPaybackMonth(), drawn),
				(contractMonths < months) ? scale.x(contractMonths) : null, signsOnly ? List.of() : scale.yTicks(),
				scale.monthTicks(), months);
	}

	private static Marker marker(ChartScale scale, Integer month, int months) {
		return (month != null && month <= months) ? new Marker(month, round(scale.x(month)), round(scale.y(0))) : null;
	}

	private static String line(ChartScale scale, BigDecimal start, List<Row> rows, Function<Row, BigDecimal> value,
			int from, int to) {
		List<BigDecimal> values = new ArrayList<>();
		rows.forEach((row) -> values.add(value.apply(row)));
		return line(scale, start, values, from, to);
	}

	/** A path through month 0 at {@code start} (when given) and the months from..to. */
	private static String line(ChartScale scale, BigDecimal start, List<BigDecimal> values, int from, int to) {
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

	private static double round(double value) {
		return ChartScale.round(value);
	}

}
