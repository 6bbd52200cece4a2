package com.rolloutplanner.system;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class ViewHelpersTests {

	private final ViewHelpers fmt = new ViewHelpers(FixedClock.clock());

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aComputedMeasurementHasOneDecimalFromTenUpwardsAndTwoBelow() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.fmt.measure(83.3333)).isEqualTo("83.3");
		assertThat(this.fmt.measure(297.5)).isEqualTo("297.5");
		assertThat(this.fmt.measure(350.0)).isEqualTo("350");
		assertThat(this.fmt.measure(9.996)).isEqualTo("10");
		assertThat(this.fmt.measure(4.256)).isEqualTo("4.26");
		assertThat(this.fmt.measure(null)).isEmpty();
		LocaleContextHolder.setLocale(Locale.forLanguageTag("fi"));
		assertThat(this.fmt.measure(83.3333)).isEqualTo("83,3");
	}

	@Test
	void onlyTheClocksDateIsToday() {
		LocalDate today = LocalDate.now(FixedClock.clock());
		assertThat(this.fmt.isToday(today)).isTrue();
		assertThat(this.fmt.isToday(today.plusDays(1))).isFalse();
		assertThat(this.fmt.isToday(today.minusDays(1))).isFalse();
	}

}
