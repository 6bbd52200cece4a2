package com.rolloutplanner.kpi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** A KPI as the page shows it: settings, chart and the table of actuals. */
public record KpiView(Long id, String name, String unit, KpiKind kind, Direction direction, BigDecimal baseline,
		BigDecimal target, int targetMonth, BigDecimal allowedDipPercent, KpiChart chart, List<Row> rows, Row current) {

	/** The KPI as the band needs it. */
	public KpiDefinition definition() {
		return new KpiDefinition(this.kind, this.direction, this.baseline.doubleValue(), this.target.doubleValue(),
				this.targetMonth, this.allowedDipPercent.doubleValue());
	}

	public static KpiView of(Kpi kpi, int asOfMonth) {
		return of(kpi, asOfMonth, null);
	}

	/**
	 * The same with the targets the sides agreed for the KPI, each from its month on
	 * ({@code null} without), drawn over the band.
	 */
	public static KpiView of(Kpi kpi, int asOfMonth, SortedMap<Integer, Double> contract) {
		KpiDefinition definition = kpi.definition();
		Map<Integer, Double> values = new TreeMap<>();
		kpi.getActuals().forEach((month, value) -> values.put(month, value.doubleValue()));
		List<Row> rows = kpi.getActuals()
			.entrySet()
			.stream()
			.map((e) -> Row.of(Kpis.RecordedActual.of(definition, e.getKey(), e.getValue())))
			.toList();
		Row current = rows.stream().filter((r) -> r.month() <= Math.max(asOfMonth, 0)).reduce((a, b) -> b).orElse(null);
		return new KpiView(kpi.getId(), kpi.getName(), kpi.getUnit(), kpi.getKind(), kpi.getDirection(),
				kpi.getBaseline(), kpi.getTarget(), kpi.getTargetMonth(), kpi.getAllowedDipPercent(),
				KpiChart.of(definition, values, asOfMonth, contract), rows, current);
	}

	/** One actual in the table. */
	public record Row(int month, BigDecimal value, Double expectedLow, Double expectedHigh, Judgement judgement) {

		static Row of(Kpis.RecordedActual actual) {
			return new Row(actual.month(), actual.value(), actual.expectedLow(), actual.expectedHigh(),
					actual.judgement());
		}

	}

}
