package com.rolloutplanner.kpi;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.rolloutplanner.input.CsvLines;

import static org.assertj.core.api.Assertions.assertThat;

class CsvActualsTests {

	final Kpi csat = new Kpi(1L, new Kpi.Settings("Customer satisfaction", "%", KpiKind.QUALITY,
			Direction.HIGHER_IS_BETTER, BigDecimal.valueOf(80), BigDecimal.valueOf(88), 9, BigDecimal.valueOf(15)));

	final Map<String, Kpi> kpis = Map.of("customer satisfaction", this.csat);

	@Test
	void readsAGoodFile() {
		CsvLines.Result<CsvActuals.Entry> result = CsvActuals.read("""
				kpi,month,value
				Customer satisfaction,1,76.5
				customer SATISFACTION,2,"74,2"

				Customer satisfaction,3,77
				""", this.kpis, java.util.Locale.ENGLISH);

		assertThat(result.isValid()).isTrue();
		assertThat(result.entries()).extracting(CsvActuals.Entry::month).containsExactly(1, 2, 3);
		assertThat(result.entries()).extracting(CsvActuals.Entry::value)
			.containsExactly(new BigDecimal("76.5"), new BigDecimal("74.2"), new BigDecimal("77"));
	}

	@Test
	void reportsEveryBadLineAndKeepsNothing() {
		CsvLines.Result<CsvActuals.Entry> result = CsvActuals.read("""
				kpi,month,value
				Customer satisfaction,1,76
				Customer satisfaction,zero,76
				Customer satisfaction,2,lots
				Customer satisfaction,241,70
				Customer satisfaction,3
				""", this.kpis, java.util.Locale.ENGLISH);

		assertThat(result.isValid()).isFalse();
		assertThat(result.entries()).isEmpty();
		assertThat(result.problems()).extracting(CsvLines.Problem::line, CsvLines.Problem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "csv.month"),
					org.assertj.core.groups.Tuple.tuple(4L, "csv.value"),
					org.assertj.core.groups.Tuple.tuple(5L, "csv.month"),
					org.assertj.core.groups.Tuple.tuple(6L, "csv.columns"));
	}

	@Test
	void namesAnUnknownKpi() {
		CsvLines.Result<CsvActuals.Entry> result = CsvActuals.read("kpi,month,value\nNet promoter score,1,40\n",
				this.kpis, java.util.Locale.ENGLISH);

		assertThat(result.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.line()).isEqualTo(2);
			assertThat(problem.code()).isEqualTo("csv.unknownKpi");
			assertThat(problem.arguments()).containsExactly("Net promoter score");
		});
	}

	@Test
	void readsValuesByTheReadersLanguageAndRefusesWhatCouldBeReadTwoWays() {
		String csv = "kpi,month,value\nCustomer satisfaction,1,\"1,250\"\nCustomer satisfaction,2,82.5\n";

		assertThat(CsvActuals.read(csv, this.kpis, java.util.Locale.ENGLISH).entries())
			.extracting((e) -> e.value().stripTrailingZeros().toPlainString())
			.containsExactly("1250", "82.5");
		assertThat(CsvActuals.read(csv, this.kpis, java.util.Locale.forLanguageTag("fi")).entries())
			.extracting((e) -> e.value().stripTrailingZeros().toPlainString())
			.containsExactly("1.25", "82.5");
		assertThat(CsvActuals
			.read("kpi,month,value\nCustomer satisfaction,1,1.250\nCustomer satisfaction,2,0x10\n", this.kpis,
					java.util.Locale.forLanguageTag("fi"))
			.problems()).extracting(CsvLines.Problem::code).containsExactly("csv.ambiguous", "csv.value");
	}

	@Test
	void requiresTheHeader() {
		assertThat(
				CsvActuals.read("name,month,value\nCustomer satisfaction,1,40\n", this.kpis, java.util.Locale.ENGLISH)
					.problems())
			.extracting(CsvLines.Problem::code)
			.containsExactly("csv.header");
	}

	@Test
	void refusesAnEmptyFile() {
		assertThat(CsvActuals.read("kpi,month,value\n", this.kpis, java.util.Locale.ENGLISH).problems())
			.extracting(CsvLines.Problem::code)
			.containsExactly("csv.empty");
		assertThat(CsvActuals.read("", this.kpis, java.util.Locale.ENGLISH).isValid()).isFalse();
	}

}
