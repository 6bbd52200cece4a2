package com.rolloutplanner.timeline;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.rolloutplanner.phase.Phase;
import com.rolloutplanner.phase.PhaseCalendar;
import com.rolloutplanner.timeline.TimelineChart.Band;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The geometry of the timeline picture: bands, markers and the expected course of
 * quality.
 */
class TimelineChartTests {

	static final LocalDate GO_LIVE = LocalDate.of(2026, 1, 31);

	@Test
	void aLiveEngagementHasFourEqualBandsFromGoLiveWithTheCurrentOneMarked() {
		TimelineChart chart = TimelineChart.of(PhaseCalendar.place(GO_LIVE, LocalDate.of(2026, 5, 15)));

		assertThat(chart.bands()).extracting(Band::phase)
			.containsExactly(Phase.START_UP, Phase.LEARNING, Phase.ESTABLISHED, Phase.CONTINUOUS_DEVELOPMENT);
		assertThat(chart.bands()).extracting(Band::x).containsExactly(0.0, 250.0, 500.0, 750.0);
		assertThat(chart.bands()).extracting(Band::width).containsOnly(250.0);
		assertThat(chart.bands()).extracting(Band::current).containsExactly(false, true, false, false);
		assertThat(chart.bands()).extracting(Band::start)
			.containsExactly(GO_LIVE, LocalDate.of(2026, 4, 30), LocalDate.of(2026, 7, 31), LocalDate.of(2026, 10, 31));
		assertThat(chart.bands().get(1).lastDay()).isEqualTo(LocalDate.of(2026, 7, 30));
		assertThat(chart.bands().get(1).centre()).isEqualTo(375.0);
		assertThat(chart.goLiveX()).isZero();
		assertThat(chart.current()).isEqualTo(Phase.LEARNING);
	}

	@Test
	void theAsOfMarkerStandsWhereTheDateFallsInItsPhase() {
		// Learning runs from 30 April until 31 July (92 days); 15 May is 15 days in.
		TimelineChart chart = TimelineChart.of(PhaseCalendar.place(GO_LIVE, LocalDate.of(2026, 5, 15)));
		assertThat(chart.asOfX()).isCloseTo(250 + 250 * 15 / 92.0, within(0.01));

		assertThat(TimelineChart.of(PhaseCalendar.place(GO_LIVE, GO_LIVE)).asOfX()).isZero();
		assertThat(TimelineChart.of(PhaseCalendar.place(GO_LIVE, LocalDate.of(2026, 7, 31))).asOfX()).isEqualTo(500.0);
	}

	@Test
	void continuousDevelopmentIsDrawnAsFarAsTheDateNeeds() {
		// Continuous development from 31 Oct 2026; drawn to a month past the as-of date.
		TimelineChart late = TimelineChart.of(PhaseCalendar.place(GO_LIVE, LocalDate.of(2027, 10, 31)));
		long drawn = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2026, 10, 31), LocalDate.of(2027, 11, 30));
		long done = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2026, 10, 31), LocalDate.of(2027, 10, 31));
		assertThat(late.asOfX()).isCloseTo(750 + 250.0 * done / drawn, within(0.01));
		assertThat(late.asOfX()).isLessThan(1000);

		TimelineChart early = TimelineChart.of(PhaseCalendar.place(GO_LIVE, LocalDate.of(2026, 11, 15)));
		assertThat(early.asOfX()).isCloseTo(750 + 250 * 15 / 92.0, within(0.01));
	}

	@Test
	void beforeGoLiveAPreLaunchBandLeadsAndTheLiveBandsShareTheRest() {
		TimelineChart chart = TimelineChart.of(PhaseCalendar.place(GO_LIVE, LocalDate.of(2026, 1, 1)));

		assertThat(chart.bands()).extracting(Band::phase)
			.containsExactly(Phase.PRE_LAUNCH, Phase.START_UP, Phase.LEARNING, Phase.ESTABLISHED,
					Phase.CONTINUOUS_DEVELOPMENT);
		assertThat(chart.bands().get(0).width()).isEqualTo(160.0);
		assertThat(chart.bands().get(0).current()).isTrue();
		assertThat(chart.bands().get(0).lastDay()).isEqualTo(LocalDate.of(2026, 1, 30));
		assertThat(chart.bands().get(1).x()).isEqualTo(160.0);
		assertThat(chart.bands().get(1).width()).isEqualTo(210.0);
		assertThat(chart.bands().subList(1, 5)).extracting(Band::current).containsOnly(false);
		assertThat(chart.goLiveX()).isEqualTo(160.0);
		assertThat(chart.asOfX()).isEqualTo(56.0);
	}

	@Test
	void theExpectedCourseDipsInStartUpAndClimbsToTheGoals() {
		String path = TimelineChart.of(PhaseCalendar.place(GO_LIVE, LocalDate.of(2026, 5, 15))).expectedCoursePath();
		String[] points = path.substring(1).split(" L");

		assertThat(points).hasSize(81);
		assertThat(points[0]).isEqualTo("0.0,82.0");
		// The lowest point (the largest y in SVG) is in start-up; the end is the highest.
		double deepest = Double.parseDouble(points[11].split(",")[1]);
		assertThat(points[11]).startsWith("137.5,");
		assertThat(deepest).isEqualTo(116.0);
		assertThat(points[20]).isEqualTo("250.0,108.0");
		assertThat(points[40]).isEqualTo("500.0,82.0");
		assertThat(points[60]).isEqualTo("750.0,58.0");
		assertThat(points[80]).isEqualTo("1000.0,52.0");
	}

}
