package com.rolloutplanner.kpi;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class BandPositionTests {

	/**
	 * Satisfaction, higher is better: old level 80, target 88 by month 9, dip 10 % (band
	 * 72–80 in start-up); handling time, lower is better: old level 300, target 270, dip
	 * 20 % (band 300–360 in start-up).
	 */
	@ParameterizedTest
	@CsvSource({
			// kind, direction, baseline, target, month, value, judgement, relative, gap
			"QUALITY, HIGHER_IS_BETTER, 80, 88, 2, 76, AS_EXPECTED, -5.0, 0.0",
			"QUALITY, HIGHER_IS_BETTER, 80, 88, 2, 72, AS_EXPECTED, -10.0, 0.0",
			"QUALITY, HIGHER_IS_BETTER, 80, 88, 2, 68, BELOW_EXPECTED, -15.0, -5.0",
			"QUALITY, HIGHER_IS_BETTER, 80, 88, 2, 84, BETTER_THAN_EXPECTED, 5.0, 5.0",
			"QUALITY, HIGHER_IS_BETTER, 80, 88, 12, 90, AS_EXPECTED, 12.5, 0.0",
			"QUALITY, HIGHER_IS_BETTER, 80, 88, 12, 84, BELOW_EXPECTED, 5.0, -5.0",
			"EFFICIENCY, LOWER_IS_BETTER, 300, 270, 2, 330, AS_EXPECTED, -10.0, 0.0",
			"EFFICIENCY, LOWER_IS_BETTER, 300, 270, 2, 390, BELOW_EXPECTED, -30.0, -10.0",
			"EFFICIENCY, LOWER_IS_BETTER, 300, 270, 2, 285, BETTER_THAN_EXPECTED, 5.0, 5.0",
			"EFFICIENCY, LOWER_IS_BETTER, 300, 270, 12, 276, BELOW_EXPECTED, 8.0, -2.0" })
	void anActualIsPlacedAgainstTheOldLevelAndItsBandInPercentBetterPositive(KpiKind kind, Direction direction,
			double baseline, double target, int month, double value, Judgement judgement, double relative, double gap) {
		double dip = (kind == KpiKind.QUALITY) ? 10 : 20;
		BandPosition position = BandPosition.of(new KpiDefinition(kind, direction, baseline, target, 9, dip), month,
				value);
		assertThat(position.judgement()).isEqualTo(judgement);
		assertThat(position.relativePercent()).isEqualTo(relative);
		assertThat(position.bandGapPercent()).isEqualTo(gap);
	}

	@ParameterizedTest
	@CsvSource({ "2, 5", "2, -5", "12, 0" })
	void anOldLevelOfZeroComparesWithNothing(int month, double value) {
		BandPosition position = BandPosition
			.of(new KpiDefinition(KpiKind.QUALITY, Direction.HIGHER_IS_BETTER, 0, 10, 9, 10), month, value);
		assertThat(position.relativePercent()).isNull();
		assertThat(position.bandGapPercent()).isNull();
		assertThat(position.judgement()).isNotNull();
	}

}
