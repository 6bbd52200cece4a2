package com.rolloutplanner.due;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OverdueTests {

	private static final LocalDate DUE = LocalDate.of(2026, 8, 3);

	@Test
	void somethingNotYetLateIsNotOverdue() {
		assertThat(Overdue.of(DUE, DUE)).isNull();
		assertThat(Overdue.of(DUE, DUE.minusDays(1))).isNull();
	}

	@Test
	void lateOfUpToFiftyNineDaysIsSaidInDays() {
		assertThat(Overdue.of(DUE, DUE.plusDays(1))).isEqualTo(new Overdue(1, false));
		assertThat(Overdue.of(DUE, DUE.plusDays(17))).isEqualTo(new Overdue(17, false));
		assertThat(Overdue.of(DUE, DUE.plusDays(59))).isEqualTo(new Overdue(59, false));
		assertThat(Overdue.of(DUE, DUE.plusDays(17)).messageKey()).isEqualTo("due.overdueBy.days");
	}

	@Test
	void laterIsSaidInWholeMonths() {
		assertThat(Overdue.of(DUE, DUE.plusDays(60))).isEqualTo(new Overdue(1, true));
		assertThat(Overdue.of(DUE, DUE.plusMonths(4).plusDays(3))).isEqualTo(new Overdue(4, true));
		assertThat(Overdue.of(DUE, DUE.plusMonths(4)).messageKey()).isEqualTo("due.overdueBy.months");
	}

}
