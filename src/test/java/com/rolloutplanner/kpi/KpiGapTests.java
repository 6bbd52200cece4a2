package com.rolloutplanner.kpi;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KpiGapTests {

	static final LocalDate GO_LIVE = LocalDate.of(2026, 1, 31);

	@Test
	void aKpiWithoutActualsMissesOneFromTheEndOfTheFirstMonthOn() {
		assertThat(KpiGap.of("CSAT", GO_LIVE, Set.of()))
			.containsExactly(new KpiGap("CSAT", LocalDate.of(2026, 2, 28), null));
	}

	@Test
	void eachRunOfMonthsWithoutActualsIsOneSpanAndTheMonthsAfterTheLastAreOpenEnded() {
		assertThat(KpiGap.of("CSAT", GO_LIVE, List.of(6, 1, 3))).containsExactly(
				// month 2 is the last completed one from 31 Mar until 30 Apr
				new KpiGap("CSAT", LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30)),
				// months 4 and 5
				new KpiGap("CSAT", LocalDate.of(2026, 5, 31), LocalDate.of(2026, 7, 31)),
				new KpiGap("CSAT", LocalDate.of(2026, 8, 31), null));
	}

	@Test
	void consecutiveActualsFromTheFirstMonthLeaveOnlyTheOpenEndedSpan() {
		assertThat(KpiGap.of("AHT", LocalDate.of(2026, 3, 15), List.of(1, 2, 3)))
			.containsExactly(new KpiGap("AHT", LocalDate.of(2026, 7, 15), null));
	}

	@Test
	void aFirstActualLaterThanTheFirstMonthLeavesTheMonthsBeforeIt() {
		assertThat(KpiGap.of("AHT", LocalDate.of(2026, 3, 15), List.of(3))).containsExactly(
				new KpiGap("AHT", LocalDate.of(2026, 4, 15), LocalDate.of(2026, 6, 15)),
				new KpiGap("AHT", LocalDate.of(2026, 7, 15), null));
	}

}
