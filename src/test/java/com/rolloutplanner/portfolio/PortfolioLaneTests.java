package com.rolloutplanner.portfolio;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.rolloutplanner.commitments.GateType;
import com.rolloutplanner.due.DueSummary;
import com.rolloutplanner.listing.JourneyMonths;
import com.rolloutplanner.listing.KpiState;
import com.rolloutplanner.listing.ListedEngagement;

import static org.assertj.core.api.Assertions.assertThat;

class PortfolioLaneTests {

	static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

	static ListedEngagement listed(LocalDate goLive, String stage, Integer planned, Integer projected) {
		return new ListedEngagement(1L, "Journey", "Client", "Partner", goLive, 36, 2, 1, DueSummary.NOTHING,
				KpiState.NONE, null, stage, 0, null, null,
				new ListedEngagement.Portfolio(planned, projected, 1, 10L, 20L));
	}

	@Test
	void everyLaneHasItsGoLiveAtTheSamePlaceWhateverItsDate() {
		LaneScale scale = LaneScale.covering(36);
		for (LocalDate goLive : List.of(LocalDate.of(2025, 1, 31), LocalDate.of(2026, 6, 1),
				LocalDate.of(2027, 3, 1))) {
			Portfolio.Lane lane = LaneDrawing.lane(listed(goLive, "SIGNED", null, null), scale, AS_OF, Map.of(),
					Map.of(), false, null);
			assertThat(lane.gates()).filteredOn((g) -> g.type() == GateType.GO_LIVE)
				.extracting(Portfolio.GateMark::x)
				.containsExactly(scale.x(0));
			assertThat(lane.now()).isEqualTo(scale.x(LaneScale.monthOf(goLive, AS_OF)));
		}
	}

	@Test
	void theStripHasACellForEachMonthCompletedWithHowItsKpisStood() {
		// Went live 4 months and 26 days before the date: months 1 to 4 are complete.
		LocalDate goLive = LocalDate.of(2026, 7, 1);
		LaneScale scale = LaneScale.covering(24);
		Map<Integer, JourneyMonths.MonthState> states = Map.of(1, new JourneyMonths.MonthState(1, 1, 0), 2,
				new JourneyMonths.MonthState(0, 2, 0), 4, new JourneyMonths.MonthState(0, 1, 1), 5,
				new JourneyMonths.MonthState(0, 0, 2));
		Portfolio.Lane lane = LaneDrawing.lane(listed(goLive, "SIGNED", null, null), scale, AS_OF, states, Map.of(),
				false, null);
		assertThat(lane.cells()).extracting(Portfolio.Cell::month).containsExactly(1, 2, 3, 4);
		assertThat(lane.cells()).extracting(Portfolio.Cell::state)
			.containsExactly("below", "expected", "none", "expected");
		assertThat(lane.cells().get(0).x()).isEqualTo(scale.x(0));
		assertThat(lane.cells().get(3).x()).isEqualTo(scale.x(3));
		assertThat(new JourneyMonths.MonthState(0, 0, 2).state()).isEqualTo("better");
		// Drawn a state at a time: one outline and one row of letters for each.
		assertThat(lane.strips()).extracting(Portfolio.Strip::state).containsExactly("below", "expected", "none");
		Portfolio.Strip expected = lane.strips().get(1);
		assertThat(expected.count()).isEqualTo(2);
		double width = Math.round((scale.monthWidth() - 1) * 10) / 10.0;
		assertThat(expected.outline())
			.isEqualTo("M" + (Math.round((scale.x(1) + 0.5) * 10) / 10.0) + " 4h" + width + "v20h-" + width + "zM"
					+ (Math.round((scale.x(3) + 0.5) * 10) / 10.0) + " 4h" + width + "v20h-" + width + "z");
		assertThat(expected.centres()).isEqualTo((Math.round((scale.x(1) + scale.monthWidth() / 2) * 10) / 10.0) + " "
				+ (Math.round((scale.x(3) + scale.monthWidth() / 2) * 10) / 10.0));
		assertThat(expected.letterKey()).isEqualTo("portfolio.letter.expected");
		assertThat(lane.count("expected")).isEqualTo(2);
		assertThat(lane.count("better")).isZero();
	}

	@Test
	void aGateIsPassedOnceBothSignedByTheDateOverdueAfterItsDayOtherwiseToCome() {
		LocalDate goLive = LocalDate.of(2026, 4, 1);
		Map<GateType, LocalDate> passed = new EnumMap<>(GateType.class);
		passed.put(GateType.GO_LIVE, LocalDate.of(2026, 3, 28));
		// Signed after the date the portfolio is read on: not yet passed then.
		passed.put(GateType.START_UP_EXIT, AS_OF.plusDays(1));
		Portfolio.Lane lane = LaneDrawing.lane(listed(goLive, "SIGNED", null, null), LaneScale.covering(24), AS_OF,
				Map.of(), passed, false, null);
		assertThat(lane.gates()).extracting(Portfolio.GateMark::state)
			.containsExactly("passed", "overdue", "overdue", "coming");
	}

	@Test
	void thePlannedAndProjectedPaybackAreMarkedWhenOnTheAxisAndLateWhenTheProjectionIsLater() {
		LaneScale scale = LaneScale.covering(24);
		Portfolio.Lane late = LaneDrawing.lane(listed(LocalDate.of(2026, 1, 1), "SIGNED", 9, 14), scale, AS_OF,
				Map.of(), Map.of(), false, null);
		assertThat(late.plannedPaybackX()).isEqualTo(scale.x(9));
		assertThat(late.projectedPaybackX()).isEqualTo(scale.x(14));
		assertThat(late.paybackLate()).isTrue();
		Portfolio.Lane beyond = LaneDrawing.lane(listed(LocalDate.of(2026, 1, 1), "SIGNED", 9, 30), scale, AS_OF,
				Map.of(), Map.of(), false, null);
		assertThat(beyond.projectedPaybackX()).as("beyond the axis").isNull();
		Portfolio.Lane onTheLastMonth = LaneDrawing.lane(listed(LocalDate.of(2026, 1, 1), "SIGNED", 24, 25), scale,
				AS_OF, Map.of(), Map.of(), false, null);
		assertThat(onTheLastMonth.plannedPaybackX()).isEqualTo(1000.0);
		assertThat(onTheLastMonth.projectedPaybackX()).isNull();
		Portfolio.Lane projectedLast = LaneDrawing.lane(listed(LocalDate.of(2026, 1, 1), "SIGNED", 25, 24), scale,
				AS_OF, Map.of(), Map.of(), false, null);
		assertThat(projectedLast.plannedPaybackX()).isNull();
		assertThat(projectedLast.projectedPaybackX()).isEqualTo(1000.0);
		Portfolio.Lane onTime = LaneDrawing.lane(listed(LocalDate.of(2026, 1, 1), "SIGNED", 9, 9), scale, AS_OF,
				Map.of(), Map.of(), false, null);
		assertThat(onTime.paybackLate()).isFalse();
		Portfolio.Lane early = LaneDrawing.lane(listed(LocalDate.of(2026, 1, 1), "SIGNED", 9, 8), scale, AS_OF,
				Map.of(), Map.of(), false, null);
		assertThat(early.paybackLate()).isFalse();
		Portfolio.Lane none = LaneDrawing.lane(listed(LocalDate.of(2026, 1, 1), "SIGNED", null, null), scale, AS_OF,
				Map.of(), Map.of(), false, null);
		assertThat(none.plannedPaybackX()).isNull();
		assertThat(none.paybackLate()).isFalse();
	}

	@Test
	void aProposalHasNoGatesAndNoCellsYet() {
		Portfolio.Lane lane = LaneDrawing.lane(listed(LocalDate.of(2027, 3, 1), "PROPOSAL", 10, null),
				LaneScale.covering(24), AS_OF, Map.of(), Map.of(), false, null);
		assertThat(lane.gates()).isEmpty();
		assertThat(lane.cells()).isEmpty();
		assertThat(lane.now()).as("before the preparation shown: at the axis's start").isZero();
	}

}
