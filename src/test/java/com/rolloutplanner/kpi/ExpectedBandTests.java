package com.rolloutplanner.kpi;

import org.junit.jupiter.api.Test;
import com.rolloutplanner.timeline.ChartScale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ExpectedBandTests {

	// Customer satisfaction: quality, higher is better, 80 -> 88 by month 9, dip 15 %
	// (68).
	static final KpiDefinition CSAT = new KpiDefinition(KpiKind.QUALITY, Direction.HIGHER_IS_BETTER, 80, 88, 9, 15);

	// Handling time: efficiency, lower is better, 300 -> 240 by month 9, dip 25 % (375).
	static final KpiDefinition AHT = new KpiDefinition(KpiKind.EFFICIENCY, Direction.LOWER_IS_BETTER, 300, 240, 9, 25);

	@ParameterizedTest(name = "quality, month {0}: worst {1}, best {2}")
	@CsvSource({ "1, 68, 80", "3, 68, 80", "4, 72, 80.6667", "5, 76, 81.3333", "6, 80, 82", "7, 80, 88", "8, 80, 88",
			"9, 88, ", "10, 88, " })
	void qualityFallsToTheDipInStartUpAndClimbsBackByMonthSixAndTheBandNeverNarrowsToAPoint(int month, double worst,
			Double best) {
		ExpectedBand band = ExpectedBand.of(CSAT, month);

		assertThat(band.worst()).isCloseTo(worst, within(0.001));
		if (best == null) {
			assertThat(band.best()).isNull();
		}
		else {
			assertThat(band.best()).isCloseTo(best, within(0.001));
		}
	}

	@ParameterizedTest(name = "efficiency, month {0}: worst {1}, best {2}")
	@CsvSource({ "1, 375, 300", "3, 375, 300", "4, 350, 295", "6, 300, 285", "7, 300, 240", "8, 300, 240", "9, 240, ",
			"10, 240, " })
	void efficiencyTakesItsFirstStepsInLearningInTheLowerIsBetterDirection(int month, double worst, Double best) {
		ExpectedBand band = ExpectedBand.of(AHT, month);

		assertThat(band.worst()).isCloseTo(worst, within(0.001));
		if (best == null) {
			assertThat(band.best()).isNull();
		}
		else {
			assertThat(band.best()).isCloseTo(best, within(0.001));
		}
		assertThat(band.low(Direction.LOWER_IS_BETTER)).isEqualTo(band.best());
		assertThat(band.high(Direction.LOWER_IS_BETTER)).isCloseTo(worst, within(0.001));
	}

	@ParameterizedTest(name = "quality {1} in month {0}: {2}")
	@CsvSource({ "2, 70, AS_EXPECTED", "2, 68, AS_EXPECTED", "2, 67.9, BELOW_EXPECTED", "2, 81, BETTER_THAN_EXPECTED",
			"3, 68, AS_EXPECTED", "4, 68, BELOW_EXPECTED", "6, 79, BELOW_EXPECTED", "6, 80, AS_EXPECTED",
			"6, 81, AS_EXPECTED", "6, 82.5, BETTER_THAN_EXPECTED", "8, 80, AS_EXPECTED", "8, 87, AS_EXPECTED",
			"8, 79.9, BELOW_EXPECTED", "9, 87, BELOW_EXPECTED", "9, 88, AS_EXPECTED", "12, 95, AS_EXPECTED",
			"12, 87.9, BELOW_EXPECTED" })
	void judgesQualityAgainstTheBandOfItsMonth(int month, double value, Judgement expected) {
		assertThat(ExpectedBand.judge(CSAT, month, value)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "handling time {1} in month {0}: {2}")
	@CsvSource({ "1, 360, AS_EXPECTED", "1, 376, BELOW_EXPECTED", "1, 290, BETTER_THAN_EXPECTED", "3, 375, AS_EXPECTED",
			"4, 360, BELOW_EXPECTED", "6, 301, BELOW_EXPECTED", "6, 290, AS_EXPECTED", "6, 280, BETTER_THAN_EXPECTED",
			"8, 292, AS_EXPECTED", "8, 300, AS_EXPECTED", "8, 301, BELOW_EXPECTED", "8, 239, BETTER_THAN_EXPECTED",
			"9, 241, BELOW_EXPECTED", "9, 240, AS_EXPECTED", "10, 241, BELOW_EXPECTED", "10, 200, AS_EXPECTED" })
	void judgesEfficiencyWhereLowerIsBetter(int month, double value, Judgement expected) {
		assertThat(ExpectedBand.judge(AHT, month, value)).isEqualTo(expected);
	}

	@Test
	void aTargetMonthLaterThanNineStretchesEstablishedProduction() {
		KpiDefinition late = new KpiDefinition(KpiKind.QUALITY, Direction.HIGHER_IS_BETTER, 80, 92, 12, 15);

		assertThat(ExpectedBand.of(late, 9).worst()).isCloseTo(80, within(0.001));
		assertThat(ExpectedBand.of(late, 11).best()).isCloseTo(92, within(0.001));
		assertThat(ExpectedBand.of(late, 12).worst()).isCloseTo(92, within(0.001));
		assertThat(ExpectedBand.of(late, 12).best()).isNull();
		assertThat(ExpectedBand.of(late, 13).best()).isNull();
	}

	@Test
	void theDipIsMeasuredFromTheBaselineInTheWorseDirection() {
		assertThat(CSAT.dipLevel()).isCloseTo(68, within(0.001));
		assertThat(AHT.dipLevel()).isCloseTo(375, within(0.001));
	}

	@Test
	void valuesFarBelowTheBaselineAreDrawnAsTheyAreNotClamped() {
		KpiChart chart = KpiChart.of(CSAT, java.util.Map.of(1, 20.0, 2, 70.0), 2);

		double bottom = KpiChart.FRAME.height() - KpiChart.FRAME.bottom();
		assertThat(chart.points()).hasSize(2);
		assertThat(chart.points().get(0).y()).isLessThan(bottom).isGreaterThan(chart.points().get(1).y());
		assertThat(chart.yTicks().get(0).value()).isLessThanOrEqualTo(java.math.BigDecimal.valueOf(20));
		assertThat(chart.yTicks()).extracting(ChartScale.Tick::value)
			.allMatch((v) -> v.remainder(java.math.BigDecimal.TEN).signum() == 0);
		assertThat(chart.points().get(0).judgement()).isEqualTo(Judgement.BELOW_EXPECTED);
	}

	@Test
	void theAgreedServiceLevelIsASteppedLineFromTheFirstTargetsMonthToTheChartsEnd() {
		java.util.SortedMap<Integer, Double> agreed = new java.util.TreeMap<>(
				java.util.Map.of(4, 75.0, 7, 88.0, 40, 90.0));
		KpiChart chart = KpiChart.of(CSAT, java.util.Map.of(), 2, agreed);

		// months 1-3 are the holiday: the line starts where month 4 does (x 202 of
		// 60-628)
		double[][] points = java.util.Arrays.stream(chart.contractLine().split(" "))
			.map((part) -> java.util.Arrays.stream(part.substring(1).split(","))
				.mapToDouble(Double::parseDouble)
				.toArray())
			.toArray(double[][]::new);
		assertThat(chart.contractLine()).startsWith("M").doesNotContain(" M");
		assertThat(points).hasNumberOfRows(4);
		assertThat(points[0][0]).isEqualTo(202.0);
		assertThat(points[1]).containsExactly(344.0, points[0][1]);
		assertThat(points[2][0]).isEqualTo(344.0);
		assertThat(points[2][1]).as("88 is drawn above 75").isLessThan(points[0][1]);
		assertThat(points[3]).containsExactly(628.0, points[2][1]);
		assertThat(KpiChart.of(CSAT, java.util.Map.of(), 2).contractLine()).isNull();
		assertThat(KpiChart.of(CSAT, java.util.Map.of(), 2, new java.util.TreeMap<>(java.util.Map.of(13, 80.0)))
			.contractLine()).isNull();
		assertThat(KpiChart.of(CSAT, java.util.Map.of(), 2, new java.util.TreeMap<>(java.util.Map.of(12, 80.0)))
			.contractLine()).startsWith("M580.7,");
	}

	@Test
	void theChartCoversAtLeastAYearAndTheAsOfMonth() {
		assertThat(KpiChart.of(CSAT, java.util.Map.of(), 2).months()).isEqualTo(12);
		assertThat(KpiChart.of(CSAT, java.util.Map.of(), 20).months()).isEqualTo(21);
		assertThat(KpiChart.of(CSAT, java.util.Map.of(), 20).asOfX()).isNotNull();
	}

}
