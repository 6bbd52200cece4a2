package com.rolloutplanner.servicelevel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.rolloutplanner.kpi.Direction;
import com.rolloutplanner.kpi.KpiDefinition;
import com.rolloutplanner.kpi.KpiKind;
import com.rolloutplanner.quickwin.QuickWinSubject.ServiceTerm;
import com.rolloutplanner.servicelevel.GlidePathRules.Problem;
import com.rolloutplanner.servicelevel.GlidePathRules.TypedStep;

import static org.assertj.core.api.Assertions.assertThat;

class GlidePathRulesTests {

	private static final TypedStep FOUR = new TypedStep(4, new BigDecimal("80"));

	@Test
	void aGlidePathOfSortedStepsWithinTheirBoundsHasNoProblems() {
		assertThat(
				GlidePathRules.check(List.of(FOUR, new TypedStep(240, new BigDecimal("-999999999999.9999"))), 20, 12))
			.isEmpty();
		assertThat(GlidePathRules.check(List.of(new TypedStep(1, BigDecimal.ZERO)), 0, 0)).isEmpty();
	}

	@ParameterizedTest(name = "month {0}")
	@CsvSource({ "0", "241", "-1" })
	void aStepOutsideTheJourneyIsRefusedAtItsMonth(int month) {
		assertThat(GlidePathRules.check(List.of(FOUR, new TypedStep(month, BigDecimal.ONE)), 5, 0))
			.containsExactly(new Problem("steps[1].fromMonth", "serviceLevel.step.month"));
	}

	@Test
	void aStepNotLaterThanTheOneBeforeIsRefusedWhereItStands() {
		assertThat(GlidePathRules
			.check(List.of(FOUR, new TypedStep(4, BigDecimal.ONE), new TypedStep(3, BigDecimal.ONE)), 5, 0))
			.containsExactly(new Problem("steps[1].fromMonth", "serviceLevel.step.order"),
					new Problem("steps[2].fromMonth", "serviceLevel.step.order"));
	}

	@Test
	void blankRowsAreLeftOutButKeepTheIndexesOfTheOthers() {
		List<TypedStep> steps = new ArrayList<>(List.of(new TypedStep(null, null), FOUR));
		steps.add(null);
		steps.add(new TypedStep(2, null));

		assertThat(GlidePathRules.check(steps, 5, 0)).containsExactly(
				new Problem("steps[3].fromMonth", "serviceLevel.step.order"),
				new Problem("steps[3].target", "serviceLevel.step.targetRange"));
		assertThat(GlidePathRules.path(List.of(new TypedStep(null, null), FOUR), 5, 1).steps())
			.containsExactly(new GlidePath.Step(4, new BigDecimal("8E+1")));
	}

	@Test
	void noStepsTooManyStepsAndTargetsOutOfBoundsAreRefused() {
		assertThat(GlidePathRules.check(List.of(), 5, 0))
			.containsExactly(new Problem("steps", "serviceLevel.steps.required"));
		assertThat(GlidePathRules.check(Collections.nCopies(3, new TypedStep(null, null)), 5, 0))
			.containsExactly(new Problem("steps", "serviceLevel.steps.required"));
		List<TypedStep> thirteen = new ArrayList<>();
		for (int month = 1; month <= 13; month++) {
			thirteen.add(new TypedStep(month, BigDecimal.ONE));
		}
		assertThat(GlidePathRules.check(thirteen, 5, 0))
			.containsExactly(new Problem("steps", "serviceLevel.steps.tooMany"));
		assertThat(GlidePathRules.check(thirteen.subList(0, 12), 5, 0)).isEmpty();
		assertThat(GlidePathRules.check(List.of(new TypedStep(1, new BigDecimal("1e12"))), 5, 0))
			.containsExactly(new Problem("steps[0].target", "serviceLevel.step.targetRange"));
	}

	@ParameterizedTest(name = "credit {0}, earn-back {1}")
	@CsvSource({ "-1, 0, creditPercent", "21, 0, creditPercent", ", 0, creditPercent", "0, -1, earnBackMonths",
			"0, 13, earnBackMonths", "0, , earnBackMonths" })
	void theCreditAndTheEarnBackHaveTheirBounds(Integer credit, Integer earnBack, String field) {
		assertThat(GlidePathRules.check(List.of(FOUR), credit, earnBack)).extracting(Problem::field)
			.containsExactly(field);
	}

	@ParameterizedTest(name = "cap {0}: {1}")
	@CsvSource({ "-1, false", "0, true", "50, true", "51, false", ", false" })
	void theCapIsZeroToFifty(Integer cap, boolean allowed) {
		assertThat(GlidePathRules.isCap(cap)).isEqualTo(allowed);
	}

	@Test
	void theRulesReadWhetherAGlidePathStartsAtTheKpisTargetAndWhichStartUpMonthsAskForMoreThanTheBand() {
		KpiDefinition csat = new KpiDefinition(KpiKind.QUALITY, Direction.HIGHER_IS_BETTER, 80, 90, 9, 10);
		KpiDefinition aht = new KpiDefinition(KpiKind.EFFICIENCY, Direction.LOWER_IS_BETTER, 300, 270, 9, 20);

		assertThat(term(csat, 1, "90")).isEqualTo(new ServiceTerm("K", "7", 5, 1, true, List.of(1, 2, 3)));
		assertThat(term(csat, 1, "72")).isEqualTo(new ServiceTerm("K", "7", 5, 1, false, List.of()));
		assertThat(term(csat, 1, "72.01").strictStartUpMonths()).containsExactly(1, 2, 3);
		assertThat(term(csat, 3, "85").strictStartUpMonths()).containsExactly(3);
		assertThat(term(csat, 4, "85").strictStartUpMonths()).isEmpty();
		assertThat(term(aht, 1, "265").firstTargetAtKpiTarget()).isTrue();
		assertThat(term(aht, 1, "270").firstTargetAtKpiTarget()).isTrue();
		assertThat(term(aht, 1, "280").firstTargetAtKpiTarget()).isFalse();
		assertThat(term(aht, 1, "360").strictStartUpMonths()).isEmpty();
		assertThat(term(aht, 1, "359").strictStartUpMonths()).containsExactly(1, 2, 3);
		assertThat(ServiceLevels.term("K", 7L, csat, ServiceLevels.propose(csat)))
			.isEqualTo(new ServiceTerm("K", "7", 5, 4, false, List.of()));
	}

	private static ServiceTerm term(KpiDefinition kpi, int fromMonth, String target) {
		return ServiceLevels.term("K", 7L, kpi,
				new GlidePath(List.of(new GlidePath.Step(fromMonth, new BigDecimal(target))), 5, 0));
	}

	@Test
	void theProposalHoldsStartUpFollowsTheBandThroughLearningAndAsksForTheTargetFromEstablishedProduction() {
		KpiDefinition handlingTime = new KpiDefinition(KpiKind.EFFICIENCY, Direction.LOWER_IS_BETTER, 300, 270, 9, 20);

		GlidePath proposed = ServiceLevels.propose(handlingTime);

		assertThat(proposed.steps()).extracting(GlidePath.Step::fromMonth).containsExactly(4, 5, 6, 7);
		assertThat(proposed.steps()).extracting(GlidePath.Step::target)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("340"), new BigDecimal("320"), new BigDecimal("300"),
					new BigDecimal("270"));
		assertThat(proposed.holiday(3)).isTrue();
		assertThat(proposed.creditPercent()).isEqualTo(5);
		assertThat(proposed.earnBackMonths()).isEqualTo(3);
	}

}
