package com.rolloutplanner.portfolio;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.rolloutplanner.phase.Phase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LaneScaleTests {

	@ParameterizedTest
	@CsvSource({ "3, 24", "12, 24", "24, 24", "25, 25", "36, 36", "60, 60", "61, 60", "240, 60" })
	void theAxisShowsTwoYearsAtLeastAndTheLongestContractUpToFiveYears(int longest, int last) {
		assertThat(LaneScale.covering(longest).last()).isEqualTo(last);
	}

	@Test
	void preparationStartsTheAxisAndTheLastMonthEndsIt() {
		LaneScale scale = LaneScale.covering(36);
		assertThat(scale.x(-3)).isZero();
		assertThat(scale.x(36)).isEqualTo(1000.0);
		assertThat(scale.x(-10)).as("kept on the axis").isZero();
		assertThat(scale.x(80)).as("kept on the axis").isEqualTo(1000.0);
		assertThat(scale.x(0)).isCloseTo(3 * 1000.0 / 39, within(0.05));
		assertThat(scale.monthWidth()).isCloseTo(1000.0 / 39, within(0.05));
	}

	@Test
	void theFourPhasesAndThePreparationAreDrawnOnceEndToEnd() {
		LaneScale scale = LaneScale.covering(24);
		var bands = scale.bands();
		assertThat(bands).extracting(LaneScale.Band::phase).containsExactly(Phase.values());
		assertThat(bands.get(0).from()).isZero();
		for (int i = 1; i < bands.size(); i++) {
			assertThat(bands.get(i).from()).isCloseTo(bands.get(i - 1).from() + bands.get(i - 1).width(), within(0.11));
		}
		LaneScale.Band startUp = bands.get(1);
		assertThat(startUp.from()).isEqualTo(scale.x(0));
		assertThat(startUp.from() + startUp.width()).isCloseTo(scale.x(3), within(0.11));
		LaneScale.Band last = bands.get(bands.size() - 1);
		assertThat(last.from() + last.width()).isCloseTo(1000.0, within(0.11));
	}

	@Test
	void monthsAreLabelledEveryThreeUpToTwoYearsAndEverySixBeyondWithTheLastAlways() {
		assertThat(LaneScale.covering(24).ticks()).extracting(LaneScale.Tick::month)
			.containsExactly(0, 3, 6, 9, 12, 15, 18, 21, 24);
		assertThat(LaneScale.covering(40).ticks()).extracting(LaneScale.Tick::month)
			.containsExactly(0, 6, 12, 18, 24, 30, 36, 40);
		assertThat(LaneScale.covering(36).ticks()).extracting(LaneScale.Tick::month)
			.containsExactly(0, 6, 12, 18, 24, 30, 36);
		assertThat(LaneScale.covering(36).ticks().get(6).x()).isEqualTo(1000.0);
	}

	@ParameterizedTest
	@CsvSource({ "2026-01-15, 2026-01-15, 0.0", "2026-01-15, 2026-02-15, 1.0", "2026-01-15, 2026-03-01, 1.5",
			"2026-01-31, 2026-02-28, 1.0", "2026-01-31, 2026-03-31, 2.0", "2026-03-01, 2026-02-01, -1.0",
			"2026-03-01, 2026-02-15, -0.5", "2026-03-10, 2026-01-25, -1.516", "2026-01-01, 2027-01-01, 12.0" })
	void aDateIsPlacedInMonthsSinceGoLiveAsThePhaseCalendarCountsThem(LocalDate goLive, LocalDate date, double months) {
		assertThat(LaneScale.monthOf(goLive, date)).isCloseTo(months, within(0.001));
	}

}
