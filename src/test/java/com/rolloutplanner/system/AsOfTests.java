package com.rolloutplanner.system;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one reading of {@code asOf}, which pages and the API share. */
class AsOfTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

	@Test
	void aBlankValueIsToday() {
		assertThat(AsOf.read(null, TODAY)).isEqualTo(new AsOf(TODAY, true, null));
		assertThat(AsOf.read("  ", TODAY)).isEqualTo(new AsOf(TODAY, true, null));
	}

	@Test
	void aDateOfTheWindowIsThatDayAndTodayIsToday() {
		assertThat(AsOf.read(" 2027-03-01 ", TODAY)).isEqualTo(new AsOf(LocalDate.of(2027, 3, 1), false, null));
		assertThat(AsOf.read("2026-11-27", TODAY).today()).isTrue();
		assertThat(AsOf.read("2027-03-01", TODAY).param()).isEqualTo("2027-03-01");
	}

	@Test
	void aValueThatIsNoDateOrOutsideTheWindowFallsBackToTodayAndSaysWhy() {
		AsOf notADate = AsOf.read("2026-13-01", TODAY);
		AsOf outside = AsOf.read("1899-12-31", TODAY);

		assertThat(notADate.date()).isEqualTo(TODAY);
		assertThat(notADate.isInvalid()).isTrue();
		assertThat(notADate.problem()).isEqualTo(AsOf.NOT_A_DATE);
		assertThat(outside.rejected()).isEqualTo("1899-12-31");
		assertThat(outside.problem()).isEqualTo(AsOf.OUTSIDE_WINDOW);
		assertThat(AsOf.read("2200-12-31", TODAY).isInvalid()).isFalse();
		assertThat(AsOf.read("2201-01-01", TODAY).problem()).isEqualTo(AsOf.OUTSIDE_WINDOW);
		assertThat(AsOf.read("2026-11-27", TODAY).problem()).isNull();
	}

}
