package com.rolloutplanner.due;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DueStateTests {

	static final LocalDate AS_OF = LocalDate.of(2027, 6, 1);

	@ParameterizedTest
	@CsvSource(textBlock = """
			2027-05-31, false, OVERDUE
			2026-01-01, false, OVERDUE
			2027-06-01, false, DUE_SOON
			2027-06-15, false, DUE_SOON
			2027-06-16, false, OPEN
			2030-01-01, false, OPEN
			2027-05-31, true,  DONE
			2027-06-16, true,  DONE
			""")
	void theStateOnADateFollowsTheDueDateAndWhetherItIsDone(LocalDate due, boolean done, DueState expected) {
		assertThat(DueState.of(due, done, AS_OF)).isEqualTo(expected);
		assertThat(DueState.of(due, done, AS_OF).isOpen()).isEqualTo(!done);
	}

	@Test
	void theNextDueIsTheEarliestOpenItemAndOverdueOnesAreCounted() {
		List<DueItem> items = List.of(DueItem.titled(DueKind.ROADMAP_ITEM, "Done long ago", date(1, 10), true),
				DueItem.titled(DueKind.ROADMAP_ITEM, "Late review", date(3, 1), false),
				DueItem.keyed(DueKind.GATE, "gate.START_UP_EXIT", date(3, 1), false),
				DueItem.titled(DueKind.ACTION, "Later action", date(7, 1), false),
				DueItem.keyed(DueKind.CHARTER, "charter.heading", date(5, 20), false));

		DueSummary summary = DueSummary.of(items, AS_OF);

		assertThat(summary.nextDue().kind()).as("the gate comes first on the same day").isEqualTo(DueKind.GATE);
		assertThat(summary.nextDueState()).isEqualTo(DueState.OVERDUE);
		assertThat(summary.overdueCount()).isEqualTo(3);
		assertThat(summary.hasOverdue()).isTrue();
	}

	@Test
	void nothingIsDueWhenEverythingIsDone() {
		DueSummary summary = DueSummary.of(List.of(DueItem.titled(DueKind.ROADMAP_ITEM, "Done", date(3, 1), true)),
				AS_OF);

		assertThat(summary).isEqualTo(DueSummary.NOTHING);
		assertThat(summary.hasOverdue()).isFalse();
	}

	@Test
	void anItemDueSoonIsTheNextButNotOverdue() {
		DueSummary summary = DueSummary.of(List.of(DueItem.titled(DueKind.ROADMAP_ITEM, "Later", date(9, 1), false),
				DueItem.titled(DueKind.ROADMAP_ITEM, "Soon", date(6, 10), false)), AS_OF);

		assertThat(summary.nextDue().title()).isEqualTo("Soon");
		assertThat(summary.nextDueState()).isEqualTo(DueState.DUE_SOON);
		assertThat(summary.overdueCount()).isZero();
	}

	private static LocalDate date(int month, int day) {
		return LocalDate.of(2027, month, day);
	}

}
