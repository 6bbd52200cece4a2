package com.rolloutplanner.portfolio;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.rolloutplanner.kpi.BandPosition;
import com.rolloutplanner.kpi.KpiKind;
import com.rolloutplanner.listing.JourneyMonths;

import static org.assertj.core.api.Assertions.assertThat;

class TypicalJourneyTests {

	static JourneyMonths.Typical typical(String kind, int month, int journeys, double median) {
		return new JourneyMonths.Typical(kind, month, journeys, median - 5, median, median + 5, 0, 0);
	}

	@Test
	void aMonthFewerThanThreeJourneysReachedIsLeftOutAndCounted() {
		TypicalJourney journey = TypicalJourney.of(List.of(typical("QUALITY", 1, 5, -10), typical("QUALITY", 2, 3, -12),
				typical("QUALITY", 3, 2, -6), typical("EFFICIENCY", 1, 2, -20)));
		TypicalJourney.Kind quality = journey.kinds().get(0);
		assertThat(quality.kind()).isEqualTo(KpiKind.QUALITY);
		assertThat(quality.months()).extracting(JourneyMonths.Typical::month).containsExactly(1, 2);
		assertThat(quality.hidden()).isEqualTo(1);
		TypicalJourney.Kind efficiency = journey.kinds().get(1);
		assertThat(efficiency.isEmpty()).isTrue();
		assertThat(efficiency.hidden()).isEqualTo(1);
		assertThat(efficiency.chart()).isNull();
		assertThat(journey.isEmpty()).isFalse();
		assertThat(TypicalJourney.of(List.of(typical("QUALITY", 1, 2, -10))).isEmpty()).isTrue();
	}

	@Test
	void theMedianIsDrawnInTheMiddleOfItsMonthOverTheExpectedDip() {
		TypicalJourney.Kind quality = TypicalJourney
			.of(List.of(typical("QUALITY", 1, 4, -10), typical("QUALITY", 2, 4, -20), typical("QUALITY", 4, 4, 0)))
			.kinds()
			.get(0);
		TypicalJourney.Chart chart = quality.chart();
		assertThat(chart.points()).extracting(TypicalJourney.Point::month).containsExactly(1, 2, 4);
		assertThat(chart.points().get(0).x()).isEqualTo(Math.round(chart.scale().x(0.5) * 10) / 10.0);
		// Lower is drawn lower: -20 under -10 under 0, the old level.
		assertThat(chart.points().get(1).y()).isGreaterThan(chart.points().get(0).y());
		assertThat(chart.points().get(2).y()).isEqualTo(chart.oldLevel());
		// The band's floor in start-up is the default dip of quality.
		assertThat(chart.band()).startsWith(String.format(java.util.Locale.ROOT, "%.1f,%.1f", chart.scale().x(0),
				chart.scale().y(BandPosition.expectedFloor(KpiKind.QUALITY, 1))));
		assertThat(chart.median().split(" ")).hasSize(3);
		// The axis runs to month 9 at least; the band is drawn from go-live to month 6
		// and
		// back along the old level.
		assertThat(chart.scale().months()).isEqualTo(9);
		String[] band = chart.band().split(" ");
		assertThat(band).hasSize(14);
		assertThat(band[6])
			.isEqualTo(String.format(java.util.Locale.ROOT, "%.1f,%.1f", chart.scale().x(6), chart.scale().y(0)));
		assertThat(band[7])
			.isEqualTo(String.format(java.util.Locale.ROOT, "%.1f,%.1f", chart.scale().x(6), chart.scale().y(0)));
		assertThat(band[13])
			.isEqualTo(String.format(java.util.Locale.ROOT, "%.1f,%.1f", chart.scale().x(0), chart.scale().y(0)));
		assertThat(chart.quartiles().split(" ")).hasSize(6);
	}

	@Test
	void theAxisReachesTheNextQuarterAfterTheLastMonthShown() {
		assertThat(TypicalJourney.of(List.of(typical("QUALITY", 10, 3, -1))).kinds().get(0).chart().scale().months())
			.isEqualTo(12);
		assertThat(TypicalJourney.of(List.of(typical("QUALITY", 12, 3, -1))).kinds().get(0).chart().scale().months())
			.isEqualTo(12);
		assertThat(TypicalJourney.of(List.of(typical("QUALITY", 60, 3, -1))).kinds().get(0).chart().scale().months())
			.isEqualTo(60);
	}

	@Test
	void theExpectedFloorIsTheDefaultDipInStartUpBackToTheOldLevelByTheEndOfLearning() {
		assertThat(BandPosition.expectedFloor(KpiKind.QUALITY, 1)).isEqualTo(-15.0);
		assertThat(BandPosition.expectedFloor(KpiKind.QUALITY, 3)).isEqualTo(-15.0);
		assertThat(BandPosition.expectedFloor(KpiKind.EFFICIENCY, 2)).isEqualTo(-25.0);
		assertThat(BandPosition.expectedFloor(KpiKind.QUALITY, 6)).isZero();
		assertThat(BandPosition.expectedFloor(KpiKind.QUALITY, 12)).isZero();
		assertThat(BandPosition.expectedFloor(KpiKind.EFFICIENCY, 4)).isCloseTo(-16.667,
				org.assertj.core.api.Assertions.within(0.01));
	}

}
