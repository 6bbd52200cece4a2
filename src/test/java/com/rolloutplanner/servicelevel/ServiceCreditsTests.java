package com.rolloutplanner.servicelevel;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.rolloutplanner.servicelevel.GlidePath.Step;
import com.rolloutplanner.servicelevel.ServiceCredits.Kpi;
import com.rolloutplanner.servicelevel.ServiceCredits.Month;
import com.rolloutplanner.servicelevel.ServiceCredits.Table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ServiceCreditsTests {

	/** A fee of 10,000 a month. */
	private static final BigDecimal FEE = new BigDecimal("10000");

	/** Targets 80 from month 4, 90 from month 7; 5 % a miss; back after 2 months met. */
	private static final GlidePath CSAT = new GlidePath(
			List.of(new Step(4, new BigDecimal("80")), new Step(7, new BigDecimal("90"))), 5, 2);

	@ParameterizedTest(name = "month {0}: target {1}, holiday {2}")
	@CsvSource({ "1, 80, true", "3, 80, true", "4, 80, false", "6, 80, false", "7, 90, false", "240, 90, false" })
	void theTargetOfAMonthIsThatOfTheLatestStepFromItOrBeforeAndTheMonthsBeforeTheFirstAreTheHoliday(int month,
			String target, boolean holiday) {
		assertThat(CSAT.target(month)).isEqualByComparingTo(target);
		assertThat(CSAT.holiday(month)).isEqualTo(holiday);
	}

	@Test
	void aGlidePathHasAtLeastOneStep() {
		assertThatIllegalArgumentException().isThrownBy(() -> new GlidePath(List.of(), 5, 0));
	}

	@ParameterizedTest(name = "actual {1} in month {0}: due {2}, held {3}")
	@CsvSource({
			// the holiday holds back what the first target would have credited
			"3, 79.99, 0, 500", "3, 80, 0, 0",
			// from the first step on, a miss is due; equal is met
			"4, 79.99, 500, 0", "4, 80, 0, 0", "4, 95, 0, 0",
			// the second step's target
			"7, 89, 500, 0", "7, 90, 0, 0" })
	void aMonthIsCreditedWhenItsActualIsWorseThanItsTargetAndOnlyHeldInTheHoliday(int month, String actual, String due,
			String held) {
		Month result = only(table(kpi(1L, true, CSAT, Map.of(month, new BigDecimal(actual)))), month);

		assertThat(result.due()).isEqualByComparingTo(due);
		assertThat(result.heldByHoliday()).isEqualByComparingTo(held);
		assertThat(result.missed()).hasSize(new BigDecimal(due).signum());
	}

	@Test
	void lowerIsBetterMissesWhenTheActualIsAboveTheTarget() {
		GlidePath handlingTime = new GlidePath(List.of(new Step(1, new BigDecimal("300"))), 10, 0);
		Table table = table(kpi(1L, false, handlingTime,
				Map.of(1, new BigDecimal("301"), 2, new BigDecimal("300"), 3, new BigDecimal("250"))));

		assertThat(table.months()).extracting(Month::due)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("1000"), BigDecimal.ZERO, BigDecimal.ZERO);
	}

	@Test
	void monthsRunFromOneToTheLastMonthWithAnyActualAndAMonthWithoutAnActualIsNeverCredited() {
		Table table = table(kpi(1L, true, CSAT, Map.of(5, new BigDecimal("70"))),
				kpi(2L, true, CSAT, Map.of(8, new BigDecimal("95"))));

		assertThat(table.months()).extracting(Month::month).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
		assertThat(table.months().get(4).missed()).containsExactly(1L);
		assertThat(table.due()).isEqualByComparingTo("500");
		assertThat(table.months().get(7).due()).isZero();
	}

	@Test
	void aCreditIsEarnedBackWhenTheKpiIsMetInEachOfTheMonthsAfterIt() {
		Table table = table(
				kpi(1L, true, CSAT, Map.of(4, new BigDecimal("70"), 5, new BigDecimal("80"), 6, new BigDecimal("85"))));

		Month missed = table.months().get(3);
		assertThat(missed.due()).isEqualByComparingTo("500");
		assertThat(missed.earnedBack()).isEqualByComparingTo("500");
		assertThat(missed.net()).isZero();
		assertThat(table.earnedBack()).isEqualByComparingTo("500");
		assertThat(table.net()).isZero();
	}

	@Test
	void aCreditIsNotEarnedBackYetWhileTooFewMonthsFollowItNorWhenAMonthAfterItIsMissedOrMissing() {
		Table tooFew = table(kpi(1L, true, CSAT, Map.of(4, new BigDecimal("70"), 5, new BigDecimal("85"))));
		Table missedAgain = table(
				kpi(1L, true, CSAT, Map.of(4, new BigDecimal("70"), 5, new BigDecimal("85"), 6, new BigDecimal("79"))));
		Table missing = table(kpi(1L, true, CSAT, Map.of(4, new BigDecimal("70"), 6, new BigDecimal("85"))),
				kpi(2L, true, CSAT, Map.of(5, new BigDecimal("85"))));

		assertThat(tooFew.earnedBack()).isZero();
		assertThat(missedAgain.months().get(3).earnedBack()).isZero();
		assertThat(missedAgain.due()).isEqualByComparingTo("1000");
		assertThat(missing.earnedBack()).isZero();
	}

	@Test
	void withNoEarnBackMonthsNothingIsReturned() {
		GlidePath noEarnBack = new GlidePath(CSAT.steps(), 5, 0);
		Table table = table(kpi(1L, true, noEarnBack,
				Map.of(4, new BigDecimal("70"), 5, new BigDecimal("85"), 6, new BigDecimal("85"))));

		assertThat(table.due()).isEqualByComparingTo("500");
		assertThat(table.earnedBack()).isZero();
	}

	@Test
	void aZeroPercentCreditsNothing() {
		GlidePath measuredOnly = new GlidePath(CSAT.steps(), 0, 2);
		Table table = table(kpi(1L, true, measuredOnly, Map.of(4, new BigDecimal("10"))));

		assertThat(table.due()).isZero();
		assertThat(table.months().get(3).missed()).as("missed all the same").containsExactly(1L);
	}

	@Test
	void theCreditsOfAMonthAreCappedAndTheCapIsSharedInProportionWhenEarnedBack() {
		GlidePath ten = new GlidePath(List.of(new Step(1, new BigDecimal("80"))), 10, 1);
		GlidePath twenty = new GlidePath(List.of(new Step(1, new BigDecimal("80"))), 20, 1);
		// 10 % + 20 % = 3,000 capped at 15 % = 1,500: 500 and 1,000.
		Table table = table(kpi(1L, true, ten, Map.of(1, new BigDecimal("70"), 2, new BigDecimal("85"))),
				kpi(2L, true, twenty, Map.of(1, new BigDecimal("70"), 2, new BigDecimal("75"))));

		Month first = table.months().get(0);
		assertThat(first.due()).isEqualByComparingTo("1500");
		assertThat(first.missed()).containsExactly(1L, 2L);
		assertThat(first.earnedBack()).as("the first KPI's share").isEqualByComparingTo("500");
		assertThat(table.months().get(1).due()).as("the second KPI alone, capped").isEqualByComparingTo("1500");
		assertThat(table.months().get(1).earnedBack()).isZero();
		assertThat(table.due()).isEqualByComparingTo("3000");
		assertThat(table.net()).isEqualByComparingTo("2500");
	}

	@Test
	void sharesOfACapThatDoNotDivideEvenlyAddUpToTheCapInCents() {
		GlidePath path = new GlidePath(List.of(new Step(1, new BigDecimal("80"))), 20, 0);
		Map<Kpi, BigDecimal> shares = ServiceCredits
			.capped(Map.of(kpi(1L, true, path, Map.of()), new BigDecimal("100")), new BigDecimal("33.33"));
		assertThat(shares.values()).singleElement().isEqualTo(new BigDecimal("33.33"));

		Table table = ServiceCredits.of(List.of(kpi(1L, true, path, Map.of(1, BigDecimal.ONE)),
				kpi(2L, true, path, Map.of(1, BigDecimal.ONE)), kpi(3L, true, path, Map.of(1, BigDecimal.ONE))),
				(month) -> new BigDecimal("1000.01"), 15);
		assertThat(table.due()).isEqualByComparingTo("150.0015");
	}

	@Test
	void theHolidayIsCappedLikeADueMonth() {
		GlidePath late = new GlidePath(List.of(new Step(4, new BigDecimal("80"))), 20, 0);
		Table table = table(kpi(1L, true, late, Map.of(1, new BigDecimal("10"))),
				kpi(2L, true, late, Map.of(1, new BigDecimal("10"))));

		assertThat(table.heldByHoliday()).isEqualByComparingTo("1500");
		assertThat(table.due()).isZero();
	}

	@Test
	void withoutActualsThereAreNoMonths() {
		assertThat(table(kpi(1L, true, CSAT, Map.of())).months()).isEmpty();
	}

	private static Kpi kpi(Long id, boolean higherIsBetter, GlidePath path, Map<Integer, BigDecimal> actuals) {
		return new Kpi(id, higherIsBetter, path, actuals);
	}

	private static Table table(Kpi... kpis) {
		return ServiceCredits.of(List.of(kpis), (month) -> FEE, ServiceCredits.DEFAULT_CAP_PERCENT);
	}

	private static Month only(Table table, int month) {
		return table.months().get(month - 1);
	}

}
