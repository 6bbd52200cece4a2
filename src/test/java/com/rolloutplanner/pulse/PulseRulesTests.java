package com.rolloutplanner.pulse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.rolloutplanner.pulse.PulseRules.Scores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The pulse rules as tables: its months, a side's score and each finding with its near
 * misses.
 */
class PulseRulesTests {

	static final LocalDate GO_LIVE = LocalDate.of(2026, 1, 15);

	@ParameterizedTest(name = "month {0} of {1}: {2}")
	@CsvSource({ "0, 36, false", "1, 36, true", "5, 36, true", "6, 36, true", "7, 36, false", "8, 36, false",
			"9, 36, true", "10, 36, false", "12, 36, true", "33, 36, true", "36, 36, true", "39, 36, false",
			"6, 5, false", "3, 3, true", "-3, 36, false" })
	void pulseMonthsAreTheFirstSixThenEveryThirdToTheContractsEnd(int month, int contractMonths, boolean pulse) {
		assertThat(PulseRules.isPulseMonth(month, contractMonths)).isEqualTo(pulse);
	}

	@Test
	void aContractOfTwelveMonthsHasNinePulses() {
		assertThat(PulseRules.pulseMonths(12)).containsExactly(1, 2, 3, 4, 5, 6, 9, 12);
		assertThat(PulseRules.pulseMonths(0)).isEmpty();
	}

	@ParameterizedTest(name = "month {0} on {1}: {2}")
	@CsvSource({ "1, 2026-02-14, false", "1, 2026-02-15, true", "3, 2026-04-15, true", "3, 2026-04-14, false",
			"7, 2026-12-01, false", "9, 2026-10-15, true", "40, 2030-01-01, false" })
	void aPulseOpensWhenItsMonthIsComplete(int month, LocalDate date, boolean open) {
		assertThat(PulseRules.isOpen(GO_LIVE, month, 36, date)).isEqualTo(open);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = ';', value = { "5,5,5,5,5; 5.0", "1,1,1,1,1; 1.0", "4,4,4,4,3; 3.8",
			"4,4,4,4,3 | 5,5,5,5,5; 4.4", "3,3,3,3,4 | 3,3,3,3,3; 3.1", "3,3,3,4,4 | 3,3,3,3,3; 3.2",
			"4,3,3,3,3 | 3,3,3,3,3 | 3,3,3,3,3; 3.1", "5,5,5,5,4 | 1,1,1,1,1; 2.9", "2,2,2,2,3 | 2,2,2,2,2; 2.1" })
	void aSidesScoreIsTheMeanOfItsAnswersMeansToOneDecimalHalfUp(String answers, BigDecimal score) {
		List<Map<Statement, Integer>> given = java.util.Arrays.stream(answers.split("\\|"))
			.map(PulseRulesTests::answer)
			.toList();
		assertThat(PulseRules.score(given)).isEqualTo(score);
	}

	@Test
	void noAnswersNoScoreAndAnIncompleteOrOutOfRangeAnswerIsRefused() {
		assertThat(PulseRules.score(List.of())).isNull();
		Map<Statement, Integer> missing = answer("4,4,4,4,4");
		missing.remove(Statement.WORTH_IT);
		assertThatIllegalArgumentException().isThrownBy(() -> PulseRules.score(List.of(missing)));
		assertThatIllegalArgumentException().isThrownBy(() -> PulseRules.score(List.of(answer("4,4,4,4,6"))));
		assertThatIllegalArgumentException().isThrownBy(() -> PulseRules.score(List.of(answer("0,4,4,4,4"))));
	}

	@ParameterizedTest(name = "{0} → {3}")
	@CsvSource(delimiter = ';', value = {
			// fell by half a point, the KPIs fine: the watermelon
			"4.2/4.0 then 3.7/4.0; false; 2026-05-20; COOPERATION_FALLING",
			// the same fall while a KPI is below its band: strained
			"4.2/4.0 then 3.7/4.0; true; 2026-05-20; COOPERATION_STRAINED",
			// a fall of 0.4 is none
			"4.2/4.0 then 3.8/4.0; false; 2026-05-20; ",
			// 3.0 or less is low, 3.1 is not
			"3.0/3.4; false; 2026-03-01; COOPERATION_FALLING", "3.1/3.4; false; 2026-03-01; ",
			"3.4/2.9; true; 2026-03-01; COOPERATION_STRAINED",
			// the partner's fall counts as the client's
			"4.0/4.6 then 4.0/4.1; false; 2026-05-20; COOPERATION_FALLING",
			// a rise is no fall
			"3.5/3.5 then 4.5/3.5; false; 2026-05-20; ONE_SIDED",
			// a point apart is one-sided, 0.9 is not
			"4.5/3.5; false; 2026-03-01; ONE_SIDED", "4.4/3.5; false; 2026-03-01; ",
			"3.0/4.0; true; 2026-03-01; COOPERATION_STRAINED|ONE_SIDED" })
	void findingsOfTheLatestPulseFromBothSides(String scores, boolean kpiBelowBand, LocalDate date, String expected) {
		assertThat(PulseRules.findings(months(scores), kpiBelowBand, GO_LIVE, date)).isEqualTo(codes(expected));
	}

	@Test
	void thePreviousPulseComparedIsTheLastOneAnsweredByBothSides() {
		// Month 2, answered by the client only, is passed over: 4.5 to 4.0 is the fall.
		List<Scores> months = List.of(new Scores(1, bd("4.5"), bd("4.0")), new Scores(2, bd("3.0"), null),
				new Scores(3, bd("4.0"), bd("4.0")));
		assertThat(PulseRules.findings(months, false, GO_LIVE, LocalDate.of(2026, 4, 20)))
			.containsExactly(PulseFinding.COOPERATION_FALLING, PulseFinding.NO_PULSE);
		// 4.5 to 4.1 is none; month 2 without the partner is still missing.
		List<Scores> slighter = List.of(new Scores(1, bd("4.5"), bd("4.0")), new Scores(2, bd("3.0"), null),
				new Scores(3, bd("4.1"), bd("4.0")));
		assertThat(PulseRules.findings(slighter, false, GO_LIVE, LocalDate.of(2026, 4, 20)))
			.containsExactly(PulseFinding.NO_PULSE);
	}

	@ParameterizedTest(name = "{0} on {1} → {2}")
	@CsvSource(delimiter = ';', value = {
			// month 1 opened 15 Feb: the fourteen days end on 1 Mar
			"4.0/-; 2026-03-01; ", "4.0/-; 2026-03-02; NO_PULSE", "-/-; 2026-03-02; NO_PULSE", "4.0/4.0; 2026-03-02; ",
			// month 2 opened 15 Mar and is still within its days: month 1, answered,
			// counts
			"4.0/4.0 then 4.0/-; 2026-03-20; ",
			// once its days are over, month 2 without the partner is a finding
			"4.0/4.0 then 4.0/-; 2026-03-30; NO_PULSE",
			// an older unanswered month no longer counts after a newer one is answered
			"4.0/- then 4.0/4.0; 2026-03-30; " })
	void aPulseMonthPastItsFourteenDaysWithoutOneSideIsMissing(String scores, LocalDate date, String expected) {
		assertThat(PulseRules.findings(months(scores), false, GO_LIVE, date)).isEqualTo(codes(expected));
	}

	@Test
	void onlyTheWatermelonIsCritical() {
		assertThat(PulseFinding.values()).filteredOn(PulseFinding::isCritical)
			.containsExactly(PulseFinding.COOPERATION_FALLING);
	}

	private static List<Scores> months(String scores) {
		String[] pulses = scores.split(" then ");
		List<Scores> months = new java.util.ArrayList<>();
		for (int i = 0; i < pulses.length; i++) {
			String[] sides = pulses[i].split("/");
			months.add(new Scores(i + 1, side(sides[0]), side(sides[1])));
		}
		return months;
	}

	private static BigDecimal side(String score) {
		return "-".equals(score) ? null : bd(score);
	}

	private static BigDecimal bd(String value) {
		return new BigDecimal(value);
	}

	private static Set<PulseFinding> codes(String expected) {
		Set<PulseFinding> codes = java.util.EnumSet.noneOf(PulseFinding.class);
		if (expected != null) {
			for (String code : expected.split("\\|")) {
				if (!code.isBlank()) {
					codes.add(PulseFinding.valueOf(code.strip()));
				}
			}
		}
		return codes;
	}

	private static Map<Statement, Integer> answer(String values) {
		String[] parts = values.strip().split(",");
		Map<Statement, Integer> answer = new EnumMap<>(Statement.class);
		for (Statement statement : Statement.values()) {
			answer.put(statement, Integer.valueOf(parts[statement.ordinal()].strip()));
		}
		return answer;
	}

}
