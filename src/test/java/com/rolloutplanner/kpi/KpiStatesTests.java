package com.rolloutplanner.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.rolloutplanner.listing.KpiState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class KpiStatesTests {

	final KpiRepository repository = mock(KpiRepository.class);

	final Kpis kpis = new Kpis(this.repository, null, null);

	// Go-live 1 June 2026: 28 November 2026 is in month 6 of the journey.
	final LocalDate goLive = LocalDate.of(2026, 6, 1);

	final LocalDate asOf = LocalDate.of(2026, 11, 28);

	@Test
	void judgesTheLatestActualOfEachKpiUpToTheMonthOfTheDate() {
		Kpi csat = csat(1L);
		csat.record(2, BigDecimal.valueOf(60));
		csat.record(5, BigDecimal.valueOf(79));
		// Month 9 is after the date: it does not count yet.
		csat.record(9, BigDecimal.valueOf(50));
		Kpi handling = handlingTime(1L);
		handling.record(6, BigDecimal.valueOf(420));
		Kpi unmeasured = csat(1L);
		given(this.repository.findByEngagementIdIn(any())).willReturn(List.of(csat, handling, unmeasured));

		KpiState state = this.kpis.states(Map.of(1L, this.goLive), this.asOf).get(1L);

		assertThat(state).isEqualTo(new KpiState(3, 2, 1, 0));
		assertThat(state.key()).isEqualTo("kpiState.below");
		assertThat(state.concern()).isEqualTo(0.5);
	}

	@Test
	void saysWhenNoActualIsInYetOrTheEngagementIsNotLive() {
		Kpi later = csat(2L);
		later.record(1, BigDecimal.valueOf(80));
		given(this.repository.findByEngagementIdIn(any())).willReturn(List.of(later));

		KpiState beforeGoLive = this.kpis.states(Map.of(2L, this.asOf.plusDays(10)), this.asOf).get(2L);

		assertThat(beforeGoLive).isEqualTo(new KpiState(1, 0, 0, 0));
		assertThat(beforeGoLive.key()).isEqualTo("kpiState.noActuals");
		assertThat(KpiState.NONE.key()).isEqualTo("kpiState.none");
		assertThat(beforeGoLive.concern()).isEqualTo(-1);
		assertThat(KpiState.NONE.concern()).isEqualTo(-2);
		assertThat(new KpiState(2, 2, 0, 2).key()).isEqualTo("kpiState.asExpected");
		assertThat(this.kpis.states(Map.of(), this.asOf)).isEmpty();
	}

	private static Kpi csat(Long engagementId) {
		return new Kpi(engagementId, new Kpi.Settings("Customer satisfaction", "%", KpiKind.QUALITY,
				Direction.HIGHER_IS_BETTER, BigDecimal.valueOf(80), BigDecimal.valueOf(88), 9, BigDecimal.valueOf(15)));
	}

	private static Kpi handlingTime(Long engagementId) {
		return new Kpi(engagementId,
				new Kpi.Settings("Handling time", "s", KpiKind.EFFICIENCY, Direction.LOWER_IS_BETTER,
						BigDecimal.valueOf(300), BigDecimal.valueOf(270), 9, BigDecimal.valueOf(25)));
	}

}
