package com.rolloutplanner.listing;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.rolloutplanner.due.DueItem;
import com.rolloutplanner.due.DueKind;
import com.rolloutplanner.due.DueState;
import com.rolloutplanner.phase.Phase;

import static org.assertj.core.api.Assertions.assertThat;

class OverdueStepsTests {

	static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);

	@Test
	void eachOpenItemAddsOneFromTheDayAfterItsDueDate() {
		List<DueItem> items = List.of(item(MAY_1, false), item(MAY_1.plusDays(10), false), item(MAY_1, false),
				item(MAY_1.plusDays(5), true));

		assertThat(OverdueSteps.of(items)).containsExactly(
				new OverdueSteps.Step(MAY_1.plusDays(1), MAY_1.plusDays(11), 2),
				new OverdueSteps.Step(MAY_1.plusDays(11), null, 3));
	}

	@Test
	void theStepsCountWhatTheDueStateCallsOverdueOnEveryDay() {
		List<DueItem> items = List.of(item(MAY_1, false), item(MAY_1.plusDays(3), false), item(MAY_1.plusDays(3), true),
				item(MAY_1.plusMonths(2), false));
		List<OverdueSteps.Step> steps = OverdueSteps.of(items);

		for (LocalDate day = MAY_1.minusDays(3); day.isBefore(MAY_1.plusMonths(3)); day = day.plusDays(1)) {
			LocalDate date = day;
			long overdue = items.stream().filter((item) -> item.stateOn(date) == DueState.OVERDUE).count();
			int stepped = steps.stream()
				.filter((s) -> !s.from().isAfter(date) && (s.until() == null || s.until().isAfter(date)))
				.mapToInt(OverdueSteps.Step::count)
				.sum();
			assertThat(stepped).as(date.toString()).isEqualTo(overdue);
		}
	}

	@Test
	void nothingOpenHasNoSteps() {
		assertThat(OverdueSteps.of(List.of(item(MAY_1, true)))).isEmpty();
		assertThat(OverdueSteps.of(List.of())).isEmpty();
	}

	@Test
	void phaseCountsAddUpAndNameTheFilteredCountOfAPhase() {
		PhaseCounts counts = new PhaseCounts(java.util.Map.of(Phase.START_UP, new PhaseCounts.Count(5, 2, 3, 1),
				Phase.LEARNING, new PhaseCounts.Count(4, 1, 0, 4)));

		assertThat(counts.total()).isEqualTo(9);
		assertThat(counts.withCritical()).isEqualTo(3);
		assertThat(counts.withOverdue()).isEqualTo(3);
		assertThat(counts.matching()).isEqualTo(5);
		assertThat(counts.matching(Phase.LEARNING)).isEqualTo(4);
		assertThat(counts.matching(null)).isEqualTo(5);
		assertThat(counts.matching(Phase.PRE_LAUNCH)).isZero();
		assertThat(counts.matchingByPhase()).containsEntry(Phase.START_UP, 1L)
			.containsEntry(Phase.CONTINUOUS_DEVELOPMENT, 0L)
			.hasSize(Phase.values().length);
	}

	private static DueItem item(LocalDate due, boolean done) {
		return DueItem.titled(DueKind.ROADMAP_ITEM, "Item", due, done);
	}

}
