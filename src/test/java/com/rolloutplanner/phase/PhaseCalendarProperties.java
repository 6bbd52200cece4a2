package com.rolloutplanner.phase;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The calendar for any pair of dates in the window: it agrees with the {@code plusMonths}
 * boundaries it is defined by, the month of the journey never goes backwards, and it
 * always answers.
 */
class PhaseCalendarProperties {

	@Property(tries = 2000)
	void theMonthOfTheJourneyIsTheOneWhosePlusMonthsWindowHoldsTheDate(@ForAll("dates") LocalDate goLive,
			@ForAll("dates") LocalDate asOf) {
		Placement placement = PhaseCalendar.place(goLive, asOf);

		if (asOf.isBefore(goLive)) {
			assertThat(placement.phase()).isEqualTo(Phase.PRE_LAUNCH);
			return;
		}
		int month = placement.monthOfJourney();
		assertThat(goLive.plusMonths(month - 1L)).isBeforeOrEqualTo(asOf);
		assertThat(goLive.plusMonths(month)).isAfter(asOf);
		assertThat(placement.phase()).isEqualTo(Phase.ofMonth(month));
		assertThat(placement.phaseStart()).isBeforeOrEqualTo(asOf)
			.isEqualTo(goLive.plusMonths(placement.phase().startMonth()));
		if (placement.nextPhaseStart() != null) {
			assertThat(placement.nextPhaseStart()).isAfter(asOf);
			assertThat(placement.progressPercent()).isBetween(0, 99);
		}
	}

	@Property(tries = 1000)
	void theMonthOfTheJourneyNeverGoesBackwards(@ForAll("dates") LocalDate goLive, @ForAll("dates") LocalDate first,
			@ForAll("days") int daysLater) {
		LocalDate later = first.plusDays(daysLater);
		if (later.isAfter(DateWindow.LAST)) {
			later = DateWindow.LAST;
		}

		assertThat(PhaseCalendar.place(goLive, later).monthOfJourney())
			.isGreaterThanOrEqualTo(PhaseCalendar.place(goLive, first).monthOfJourney());
	}

	@Example
	void theWholeWindowIsPlacedAtOnce() {
		Placement placement = PhaseCalendar.place(DateWindow.FIRST, DateWindow.LAST);

		assertThat(placement.phase()).isEqualTo(Phase.CONTINUOUS_DEVELOPMENT);
		assertThat(placement.monthOfJourney()).isEqualTo(301 * 12 + 1 - 1);
	}

	@Example
	void aDateOutsideTheWindowIsRefusedNotLoopedOver() {
		LocalDate farFuture = LocalDate.of(179_000_000, 1, 1);

		assertThatIllegalArgumentException().isThrownBy(() -> PhaseCalendar.place(LocalDate.of(2026, 1, 1), farFuture));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PhaseCalendar.place(LocalDate.of(2026, 1, 1), LocalDate.of(1899, 12, 31)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PhaseCalendar.place(LocalDate.of(2201, 1, 1), LocalDate.of(2026, 1, 1)));
		assertThat(DateWindow.contains(LocalDate.of(0, 1, 1))).isFalse();
		assertThat(DateWindow.contains(null)).isFalse();
		assertThat(DateWindow.contains(DateWindow.FIRST)).isTrue();
		assertThat(DateWindow.contains(DateWindow.LAST)).isTrue();
	}

	@Provide
	Arbitrary<LocalDate> dates() {
		return Arbitraries.longs()
			.between(DateWindow.FIRST.toEpochDay(), DateWindow.LAST.toEpochDay())
			.edgeCases((edges) -> edges.includeOnly(DateWindow.FIRST.toEpochDay(), DateWindow.LAST.toEpochDay()))
			.map(LocalDate::ofEpochDay);
	}

	@Provide
	Arbitrary<Integer> days() {
		return Arbitraries.integers().between(0, 400);
	}

}
