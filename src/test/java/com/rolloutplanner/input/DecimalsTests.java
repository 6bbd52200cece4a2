package com.rolloutplanner.input;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.rolloutplanner.input.Decimals.Ambiguous;
import com.rolloutplanner.input.Decimals.Read;
import com.rolloutplanner.input.Decimals.Unreadable;

import static org.assertj.core.api.Assertions.assertThat;

class DecimalsTests {

	private static final Locale FI = Locale.forLanguageTag("fi");

	@ParameterizedTest(name = "{0} in {1} is {2}")
	@CsvSource(delimiter = '|',
			value = { "120,000|en|120000", "120,000.50|en|120000.50", "120 000|en|120000", "1,000,000|en|1000000",
					"120.5|en|120.5", "120,50|en|120.50", "1.234,56|en|1234.56", "0|en|0", "120 000,50|fi|120000.50",
					"120\u00a0000|fi|120000", "120\u202f000,5|fi|120000.5", "120,5|fi|120.5", "120.50|fi|120.50",
					"1.000.000|fi|1000000", "1,234.5|fi|1234.5", "-15|en|-15", "  42  |fi|42" })
	void readsAnAmountByTheLanguagesRules(String typed, String language, String expected) {
		assertThat(Decimals.read(typed, Locale.forLanguageTag(language), 2))
			.isEqualTo(new Read(new BigDecimal(expected)));
	}

	@ParameterizedTest(name = "{0} in {1} could be {2}")
	@CsvSource(delimiter = '|', value = { "120,000|fi|120000", "120.000|en|120000", "1.234|fi|1234", "5,000|fi|5000" })
	void refusesWhatCouldBeReadTwoWaysAndSaysTheLikelierReading(String typed, String language, String meant) {
		assertThat(Decimals.read(typed, Locale.forLanguageTag(language), 2))
			.isEqualTo(new Ambiguous(new BigDecimal(meant)));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "0x10", "1e5", "\u0661\u0662\u0663", "12a", "1,00,000", "1 00", "1,2,3",
			"1..5", ".5", "5.", "1 234 56", "12.345,678,9", "1,234.567", "--5", "1234,567", "\u0968" })
	void refusesWhatIsNotANumberAsWritten(String typed) {
		assertThat(Decimals.read(typed, Locale.ENGLISH, 2)).isInstanceOf(Unreadable.class);
		assertThat(Decimals.read(typed, FI, 2)).isInstanceOf(Unreadable.class);
	}

	@Test
	void aMeasurementMayHaveMoreDecimalsSoTheLanguagesDecimalSeparatorIsNeverInDoubt() {
		assertThat(Decimals.read("1,234", FI, 4)).isEqualTo(new Read(new BigDecimal("1.234")));
		assertThat(Decimals.read("1.234", Locale.ENGLISH, 4)).isEqualTo(new Read(new BigDecimal("1.234")));
		assertThat(Decimals.read("1,234", Locale.ENGLISH, 4)).isEqualTo(new Read(new BigDecimal("1234")));
		assertThat(Decimals.read("1.234", FI, 4)).isEqualTo(new Ambiguous(new BigDecimal("1234")));
		assertThat(Decimals.read("1.23456", Locale.ENGLISH, 4)).isInstanceOf(Unreadable.class);
	}

	@Test
	void writesTheReadingBackAsTheLanguageDoes() {
		assertThat(Decimals.format(new BigDecimal("120000"), Locale.ENGLISH)).isEqualTo("120,000");
		assertThat(Decimals.format(new BigDecimal("120000.5"), FI)).isEqualTo("120\u00a0000,5");
	}

}
