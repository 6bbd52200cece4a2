package com.rolloutplanner.commitments;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fingerprint of the terms reads each fact by what it means: terms read back from the
 * database (amounts with their scale, times by the microsecond) print the same line as
 * when they were typed, and no two different facts print one line.
 */
class TermsLinesTests {

	@Test
	void anAmountCountsByItsValueWhateverItsScale() {
		assertThat(TermsLines.value(new BigDecimal("120000"))).isEqualTo("120000");
		assertThat(TermsLines.value(new BigDecimal("120000.00"))).isEqualTo("120000");
		assertThat(TermsLines.value(new BigDecimal("1.2E+5"))).isEqualTo("120000");
		assertThat(TermsLines.value(new BigDecimal("0.000"))).isEqualTo("0");
		assertThat(TermsLines.value(new BigDecimal("12.50"))).isEqualTo("12.5");
		assertThat(TermsLines.value(new BigDecimal("12.5"))).isNotEqualTo(TermsLines.value(new BigDecimal("125")));
	}

	@Test
	void aMomentCountsToTheSecond() {
		Instant typed = Instant.parse("2026-12-07T10:15:30.123456789Z");
		Instant stored = Instant.parse("2026-12-07T10:15:30.123456Z");
		assertThat(TermsLines.value(typed)).isEqualTo(TermsLines.value(stored)).isEqualTo("2026-12-07T10:15:30Z");
		assertThat(TermsLines.value(typed)).isNotEqualTo(TermsLines.value(typed.plusSeconds(1)));
	}

	@Test
	void noValueCanPassForTwoAndNothingIsNotEmpty() {
		assertThat(line("a", "b c")).isNotEqualTo(line("a b", "c"));
		assertThat(line("say \"x\" y")).isNotEqualTo(line("say ", "x", " y"));
		assertThat(line("back\\", "slash")).isNotEqualTo(line("back\\\", \"slash"));
		assertThat(line((Object) null)).isEqualTo(line("")).isEqualTo("fact \"\"\n");
	}

	@Test
	void aChangedFactChangesTheFingerprintAndTheSameFactsKeepIt() {
		assertThat(TermsLines.hash(line("cap", 15))).isEqualTo(TermsLines.hash(line("cap", 15)))
			.isNotEqualTo(TermsLines.hash(line("cap", 10)))
			.hasSize(64);
	}

	private static String line(Object... values) {
		StringBuilder text = new StringBuilder();
		TermsLines.line(text, "fact", values);
		return text.toString();
	}

}
