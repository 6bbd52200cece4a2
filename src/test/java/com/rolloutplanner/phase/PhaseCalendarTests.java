package com.rolloutplanner.phase;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PhaseCalendarTests {

	@ParameterizedTest(name = "go-live {0}, as of {1}: {2}")
	@CsvSource({
			// the day before and the day of every boundary, mid-month go-live
			"2026-01-15, 2026-01-14, PRE_LAUNCH", "2026-01-15, 2026-01-15, START_UP",
			"2026-01-15, 2026-04-14, START_UP", "2026-01-15, 2026-04-15, LEARNING", "2026-01-15, 2026-07-14, LEARNING",
			"2026-01-15, 2026-07-15, ESTABLISHED", "2026-01-15, 2026-10-14, ESTABLISHED",
			"2026-01-15, 2026-10-15, CONTINUOUS_DEVELOPMENT",
			// go-live on the 31st: boundaries clamp to the month's end
			"2026-01-31, 2026-04-29, START_UP", "2026-01-31, 2026-04-30, LEARNING", "2026-01-31, 2026-07-30, LEARNING",
			"2026-01-31, 2026-07-31, ESTABLISHED", "2026-01-31, 2026-10-30, ESTABLISHED",
			"2026-01-31, 2026-10-31, CONTINUOUS_DEVELOPMENT",
			// go-live on the 30th
			"2025-11-30, 2026-02-27, START_UP", "2025-11-30, 2026-02-28, LEARNING", "2025-11-30, 2026-05-29, LEARNING",
			"2025-11-30, 2026-05-30, ESTABLISHED", "2025-11-30, 2026-08-29, ESTABLISHED",
			"2025-11-30, 2026-08-30, CONTINUOUS_DEVELOPMENT",
			// go-live on the 29th, learning starts on 28 February of a common year
			"2025-11-29, 2026-02-27, START_UP", "2025-11-29, 2026-02-28, LEARNING",
			// go-live on the 28th
			"2026-02-28, 2026-05-27, START_UP", "2026-02-28, 2026-05-28, LEARNING",
			"2026-02-28, 2026-11-27, ESTABLISHED", "2026-02-28, 2026-11-28, CONTINUOUS_DEVELOPMENT",
			// go-live on 29 February of a leap year
			"2024-02-29, 2024-02-28, PRE_LAUNCH", "2024-02-29, 2024-02-29, START_UP",
			"2024-02-29, 2024-05-28, START_UP", "2024-02-29, 2024-05-29, LEARNING",
			"2024-02-29, 2024-11-28, ESTABLISHED", "2024-02-29, 2024-11-29, CONTINUOUS_DEVELOPMENT",
			// a learning period that starts on 29 February
			"2023-11-29, 2024-02-28, START_UP", "2023-11-29, 2024-02-29, LEARNING",
			// long before go-live and ten years after
			"2026-06-01, 2020-01-01, PRE_LAUNCH", "2016-03-31, 2026-03-31, CONTINUOUS_DEVELOPMENT" })
	void placesDateIntoPhase(LocalDate goLive, LocalDate asOf, Phase expected) {
		assertThat(PhaseCalendar.place(goLive, asOf).phase()).isEqualTo(expected);
	}

	@ParameterizedTest(name = "go-live {0}, as of {1}: month {2}")
	@CsvSource({ "2026-01-31, 2026-01-31, 1", "2026-01-31, 2026-02-27, 1", "2026-01-31, 2026-02-28, 2",
			"2026-01-31, 2026-03-30, 2", "2026-01-31, 2026-03-31, 3", "2026-01-31, 2026-04-30, 4",
			"2024-02-29, 2025-02-28, 13", "2016-03-31, 2026-03-31, 121", "2026-01-15, 2026-01-14, 0" })
	void countsMonthOfJourneyFromGoLive(LocalDate goLive, LocalDate asOf, int expectedMonth) {
		assertThat(PhaseCalendar.place(goLive, asOf).monthOfJourney()).isEqualTo(expectedMonth);
	}

	@Test
	void placesGoLiveOnJan31IntoLearningOnApr30() {
		Placement placement = PhaseCalendar.place(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 4, 30));

		assertThat(placement.phase()).isEqualTo(Phase.LEARNING);
		assertThat(placement.phaseStart()).isEqualTo(LocalDate.of(2026, 4, 30));
		assertThat(placement.nextPhaseStart()).isEqualTo(LocalDate.of(2026, 7, 31));
		assertThat(placement.dayInPhase()).isEqualTo(1);
		assertThat(placement.monthOfJourney()).isEqualTo(4);
		assertThat(placement.monthInPhase()).isEqualTo(1);
		assertThat(placement.daysToNextPhase()).isEqualTo(92);
		assertThat(placement.progressPercent()).isZero();
	}

	@Test
	void reportsMonthTwoOfStartUpAndProgressHalfwayThrough() {
		Placement placement = PhaseCalendar.place(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 15));

		assertThat(placement.phase()).isEqualTo(Phase.START_UP);
		assertThat(placement.monthInPhase()).isEqualTo(2);
		assertThat(placement.dayInPhase()).isEqualTo(46);
		assertThat(placement.daysToNextPhase()).isEqualTo(45);
		assertThat(placement.progressPercent()).isEqualTo(50);
	}

	@Test
	void lastDayOfPhaseIsNeverShownAsComplete() {
		Placement placement = PhaseCalendar.place(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));

		assertThat(placement.phase()).isEqualTo(Phase.START_UP);
		assertThat(placement.daysToNextPhase()).isEqualTo(1);
		assertThat(placement.progressPercent()).isEqualTo(98);
	}

	@Test
	void countsDaysToGoLiveBeforeLaunch() {
		Placement placement = PhaseCalendar.place(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 20));

		assertThat(placement.phase()).isEqualTo(Phase.PRE_LAUNCH);
		assertThat(placement.nextPhaseStart()).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(placement.daysToNextPhase()).isEqualTo(9);
		assertThat(placement.phaseStart()).isNull();
		assertThat(placement.dayInPhase()).isNull();
		assertThat(placement.isLive()).isFalse();
	}

	@Test
	void continuousDevelopmentHasNoEnd() {
		Placement placement = PhaseCalendar.place(LocalDate.of(2016, 3, 31), LocalDate.of(2026, 3, 31));

		assertThat(placement.nextPhaseStart()).isNull();
		assertThat(placement.daysToNextPhase()).isNull();
		assertThat(placement.progressPercent()).isNull();
		assertThat(placement.monthInPhase()).isEqualTo(112);
	}

	@Test
	void drawsTheDatedTimelineOfAllPhases() {
		List<PhaseWindow> timeline = PhaseCalendar.timeline(LocalDate.of(2026, 1, 31));

		assertThat(timeline).extracting(PhaseWindow::phase).containsExactly(Phase.values());
		assertThat(timeline).extracting(PhaseWindow::start)
			.containsExactly(null, LocalDate.of(2026, 1, 31), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 7, 31),
					LocalDate.of(2026, 10, 31));
		assertThat(timeline.get(1).lastDay()).isEqualTo(LocalDate.of(2026, 4, 29));
		assertThat(timeline.get(4).end()).isNull();
	}

	@ParameterizedTest(name = "month {0} is in {1}")
	@CsvSource({ "0, PRE_LAUNCH", "1, START_UP", "3, START_UP", "4, LEARNING", "6, LEARNING", "7, ESTABLISHED",
			"9, ESTABLISHED", "10, CONTINUOUS_DEVELOPMENT", "120, CONTINUOUS_DEVELOPMENT" })
	void placesMonthOfJourneyIntoPhase(int month, Phase expected) {
		assertThat(Phase.ofMonth(month)).isEqualTo(expected);
	}

	@Test
	void everyDayAgreesWithTheTimelineWindowsForGoLivesAroundMonthEnds() {
		for (LocalDate goLive = LocalDate.of(2024, 1, 25); goLive
			.isBefore(LocalDate.of(2024, 3, 5)); goLive = goLive.plusDays(1)) {
			List<PhaseWindow> timeline = PhaseCalendar.timeline(goLive);
			for (LocalDate day = goLive.minusDays(3); day.isBefore(goLive.plusMonths(13)); day = day.plusDays(1)) {
				LocalDate asOf = day;
				Phase phase = PhaseCalendar.place(goLive, asOf).phase();
				assertThat(timeline.stream().filter((window) -> window.contains(asOf)).toList()).singleElement()
					.extracting(PhaseWindow::phase)
					.isEqualTo(phase);
			}
		}
	}

}
