package com.rolloutplanner.dashboard;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardQueryTests {

	@Test
	void linksTheFirstTheLastAndTwoPagesEitherSideOfTheCurrentOne() {
		assertThat(DashboardQuery.pageLinks(1, 1)).containsExactly(1);
		assertThat(DashboardQuery.pageLinks(3, 5)).containsExactly(1, 2, 3, 4, 5);
		assertThat(DashboardQuery.pageLinks(50, 500)).containsExactly(1, null, 48, 49, 50, 51, 52, null, 500);
		assertThat(DashboardQuery.pageLinks(1, 500)).containsExactly(1, 2, 3, null, 500);
		assertThat(DashboardQuery.pageLinks(500, 500)).containsExactly(1, null, 498, 499, 500);
		assertThat(DashboardQuery.pageLinks(4, 8)).containsExactly(1, 2, 3, 4, 5, 6, null, 8);
	}

	@Test
	void aPageIsExactlyDigitsAndAtLeastOne() {
		assertThat(DashboardQuery.of(null, null, null, null, null, "3", null).page()).isEqualTo(3);
		assertThat(DashboardQuery.of(null, null, null, null, null, "0", null).page()).isEqualTo(1);
		assertThat(DashboardQuery.of(null, null, null, null, null, "-2", null).page()).isEqualTo(1);
		assertThat(DashboardQuery.of(null, null, null, null, null, "+2", null).page()).isEqualTo(1);
		assertThat(DashboardQuery.of(null, null, null, null, null, "99999999999", null).page()).isEqualTo(1);
		assertThat(DashboardQuery.of(null, null, null, null, null, "x", null).page()).isEqualTo(1);
	}

}
