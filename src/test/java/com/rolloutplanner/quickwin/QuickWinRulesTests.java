package com.rolloutplanner.quickwin;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.rolloutplanner.quickwin.QuickWinSubject.PlanItem;
import com.rolloutplanner.quickwin.QuickWinSubject.Target;

import static org.assertj.core.api.Assertions.assertThat;

class QuickWinRulesTests {

	@Test
	void raisesNoFlagForAWellPreparedJourney() {
		assertThat(QuickWinRules.check(subject().build())).isEmpty();
	}

	@Test
	void flagsPilotContractAsQuickWinExpectation() {
		List<Flag> flags = QuickWinRules.check(subject().pilot().build());

		assertThat(flags).singleElement().satisfies((flag) -> {
			assertThat(flag.code()).isEqualTo(FlagCode.PILOT_MODEL);
			assertThat(flag.severity()).isEqualTo(Severity.CRITICAL);
			assertThat(flag.tip()).isEqualTo(Tip.NO_PILOT_MENTALITY);
			assertThat(flag.tip().number()).isEqualTo(5);
			assertThat(flag.field()).isEqualTo("contractModel");
		});
	}

	@ParameterizedTest(name = "contract of {0} months: flagged {1}")
	@CsvSource({ "1, true", "4, true", "8, true", "9, false", "36, false" })
	void flagsCommitmentThatEndsBeforeEstablishedProductionIsOver(int months, boolean flagged) {
		assertThat(codes(subject().contractMonths(months).build())).is(contains(FlagCode.SHORT_COMMITMENT, flagged));
	}

	@ParameterizedTest(name = "goal in month {0}: {1}")
	@CsvSource({ "1, CRITICAL", "3, CRITICAL", "4, WARNING", "5, WARNING", "6, NONE", "9, NONE" })
	void flagsGoalsDueBeforeEstablishedProduction(int month, String severity) {
		List<Flag> flags = QuickWinRules.check(subject().goal("COST_REDUCTION", month, null).build());

		List<Flag> early = flags.stream().filter((flag) -> flag.code() == FlagCode.EARLY_GOAL).toList();
		if ("NONE".equals(severity)) {
			assertThat(early).isEmpty();
		}
		else {
			assertThat(early).singleElement().satisfies((flag) -> {
				assertThat(flag.severity()).isEqualTo(Severity.valueOf(severity));
				assertThat(flag.finding()).isEqualTo("COST_REDUCTION@" + month);
				assertThat(flag.arguments()).containsExactly(new Flag.Label("goalType.COST_REDUCTION"), month);
			});
		}
	}

	@ParameterizedTest(name = "payback in month {0}: {1}")
	@CsvSource({ "1, CRITICAL", "3, CRITICAL", "4, WARNING", "5, WARNING", "6, NONE", "12, NONE" })
	void flagsPaybackExpectedBeforeEstablishedProduction(int month, String severity) {
		List<Flag> early = QuickWinRules.check(subject().payback(month).build())
			.stream()
			.filter((flag) -> flag.code() == FlagCode.EARLY_PAYBACK)
			.toList();

		if ("NONE".equals(severity)) {
			assertThat(early).isEmpty();
		}
		else {
			assertThat(early).singleElement().extracting(Flag::severity).isEqualTo(Severity.valueOf(severity));
		}
	}

	@Test
	void aPaybackNotSetIsNoFlag() {
		assertThat(codes(subject().payback(null).build())).doesNotContain(FlagCode.EARLY_PAYBACK);
	}

	@ParameterizedTest(name = "onboarding {0} h, {1} EUR: flagged {2}")
	@CsvSource({ ",, true", "0, 0, true", "0,, true", ", 0, true", "1, 0, false", "0, 1, false", "400,, false" })
	void flagsMissingOnboardingInvestment(Integer hours, Long budget, boolean flagged) {
		assertThat(codes(subject().onboarding(hours, budget).build()))
			.is(contains(FlagCode.NO_ONBOARDING_INVESTMENT, flagged));
	}

	@Test
	void flagsAMissingOrBlankLearningPlan() {
		assertThat(codes(subject().learningPlan(null).build())).contains(FlagCode.NO_LEARNING_PLAN);
		assertThat(codes(subject().learningPlan(" \n\t ").build())).contains(FlagCode.NO_LEARNING_PLAN);
	}

	@Test
	void aRoadmapItemForTheDipIsALearningPlan() {
		assertThat(codes(subject().learningPlan(null).item("Weekly reviews", 1, true).build()))
			.doesNotContain(FlagCode.NO_LEARNING_PLAN);
		assertThat(codes(subject().learningPlan(null).item("Kick-off", 0, false).build()))
			.contains(FlagCode.NO_LEARNING_PLAN);
	}

	@ParameterizedTest(name = "latest goal in month {0}: flagged {1}")
	@CsvSource({ "8, true", "9, false", "24, false" })
	void flagsWhenNothingLooksBeyondMonthNine(int month, boolean flagged) {
		assertThat(codes(subject().noGoals().goal("SCALABILITY", month, null).build()))
			.is(contains(FlagCode.NO_LONG_TERM_ROADMAP, flagged));
	}

	@Test
	void aRoadmapItemFromMonthNineLooksBeyond() {
		assertThat(codes(subject().noGoals().item("Quarterly review", 9, false).build()))
			.doesNotContain(FlagCode.NO_LONG_TERM_ROADMAP);
		assertThat(codes(subject().noGoals().item("Month six check", 8, false).build()))
			.contains(FlagCode.NO_LONG_TERM_ROADMAP);
	}

	@Test
	void flagsQuickWinWordingWithTheWordsAndTheField() {
		List<Flag> flags = QuickWinRules.check(subject().description("We want quick wins from day one").build());

		assertThat(flags).singleElement().satisfies((flag) -> {
			assertThat(flag.code()).isEqualTo(FlagCode.QUICK_WIN_WORDING);
			assertThat(flag.severity()).isEqualTo(Severity.WARNING);
			assertThat(flag.field()).isEqualTo("description");
			assertThat(flag.arguments()).containsExactly("“quick wins”, “from day one”",
					new Flag.Label("field.description"));
		});
	}

	@Test
	void readsLearningPlanGoalDescriptionsAndRoadmapTitlesForWording() {
		List<Flag> flags = QuickWinRules.check(subject().learningPlan("Laatu kuntoon heti alusta")
			.goal("SALES_AND_VALUE", 12, "Nopeita voittoja myyntiin")
			.item("Quick wins workshop", 2, true)
			.build());

		assertThat(flags).extracting(Flag::finding)
			.containsExactlyInAnyOrder("goal:SALES_AND_VALUE:nopeita voittoja", "learningPlan:heti alusta",
					"roadmap:Quick wins workshop:quick wins");
	}

	@Test
	void doesNotFlagTheNegationsOfTheSource() {
		assertThat(QuickWinRules
			.check(subject().description("Ei pikavoittoja. Älä hae pikavoittoja. No quick wins.").build())).isEmpty();
	}

	@Test
	void listsCriticalFlagsFirstWhateverOrderTheyAreFoundIn() {
		// Found in this order: the month-5 goal (a warning), the month-2 goal and the
		// month-2
		// payback (critical), the missing onboarding investment (a warning).
		List<Flag> flags = QuickWinRules.check(subject().noGoals()
			.goal("SCALABILITY", 5, null)
			.goal("CUSTOMER_EXPERIENCE", 2, null)
			.goal("COST_REDUCTION", 12, null)
			.payback(2)
			.onboarding(0, 0L)
			.build());

		assertThat(flags).extracting(Flag::severity)
			.containsExactly(Severity.CRITICAL, Severity.CRITICAL, Severity.WARNING, Severity.WARNING);
		assertThat(flags).extracting(Flag::code)
			.containsExactly(FlagCode.EARLY_GOAL, FlagCode.EARLY_PAYBACK, FlagCode.EARLY_GOAL,
					FlagCode.NO_ONBOARDING_INVESTMENT);
		assertThat(flags).extracting(Flag::finding)
			.containsExactly("CUSTOMER_EXPERIENCE@2", "month=2", "SCALABILITY@5", "none");
	}

	@ParameterizedTest
	@CsvSource({ "PILOT_MODEL, 5", "SHORT_COMMITMENT, 4", "EARLY_GOAL, 1", "EARLY_PAYBACK, 2",
			"NO_ONBOARDING_INVESTMENT, 2", "NO_LEARNING_PLAN, 3", "NO_LONG_TERM_ROADMAP, 1", "QUICK_WIN_WORDING, 4",
			"PAYBACK_AFTER_CONTRACT, 4", "PAYBACK_MONTH_MISMATCH, 2", "NO_START_UP_LOSS, 3", "EARLY_PLANNED_PAYBACK, 2",
			"FULL_SERVICE_LEVEL_FROM_GO_LIVE, 3", "CREDITS_EXPECTED_IN_START_UP, 3" })
	void everyCodeNamesTheTipItBreaks(FlagCode code, int tip) {
		assertThat(code.tip().number()).isEqualTo(tip);
	}

	@Test
	void theTipTableCoversEveryCode() {
		assertThat(FlagCode.values()).hasSize(14);
		assertThat(Tip.values()).extracting(Tip::number).containsExactly(1, 2, 3, 4, 5);
	}

	private static List<FlagCode> codes(QuickWinSubject subject) {
		return QuickWinRules.check(subject).stream().map(Flag::code).toList();
	}

	@Test
	void raisesNoFlagForAWellPreparedBusinessCase() {
		assertThat(QuickWinRules.check(subject().businessCase(8, true).build())).isEmpty();
	}

	@ParameterizedTest(name = "the plan pays back in month {0}: {1}")
	@CsvSource({ "1, CRITICAL", "3, CRITICAL", "4, WARNING", "5, WARNING", "6, NONE", "9, NONE" })
	void flagsABusinessCaseThatPaysBackBeforeEstablishedProduction(int month, String severity) {
		List<Flag> early = QuickWinRules.check(subject().payback(null).businessCase(month, true).build())
			.stream()
			.filter((flag) -> flag.code() == FlagCode.EARLY_PLANNED_PAYBACK)
			.toList();

		if ("NONE".equals(severity)) {
			assertThat(early).isEmpty();
		}
		else {
			assertThat(early).singleElement().satisfies((flag) -> {
				assertThat(flag.severity()).isEqualTo(Severity.valueOf(severity));
				assertThat(flag.field()).isEqualTo("businessCase");
				assertThat(flag.finding()).isEqualTo("plan:month=" + month);
				assertThat(flag.arguments()).containsExactly(month);
			});
		}
	}

	@Test
	void theTypedAndThePlannedEarlyPaybackAreTwoFlagsEachNamingItsSource() {
		List<Flag> early = QuickWinRules.check(subject().payback(3).businessCase(2, true).build())
			.stream()
			.filter((flag) -> flag.code() == FlagCode.EARLY_PAYBACK || flag.code() == FlagCode.EARLY_PLANNED_PAYBACK)
			.toList();

		assertThat(early).extracting(Flag::code, Flag::field)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(FlagCode.EARLY_PAYBACK, "expectedPaybackMonth"),
					org.assertj.core.groups.Tuple.tuple(FlagCode.EARLY_PLANNED_PAYBACK, "businessCase"));
	}

	@ParameterizedTest(name = "contract of {0} months, plan pays back in month {1}: flagged {2}")
	@CsvSource(nullValues = "never", value = { "36, 36, false", "36, 37, true", "36, 9, false", "12, 12, false",
			"12, 13, true", "36, never, true", "240, never, true" })
	void flagsABusinessCaseThatDoesNotPayBackBeforeTheContractEnds(int contractMonths, Integer month, boolean flagged) {
		List<Flag> late = QuickWinRules
			.check(subject().contractMonths(contractMonths).payback(null).businessCase(month, true).build())
			.stream()
			.filter((flag) -> flag.code() == FlagCode.PAYBACK_AFTER_CONTRACT)
			.toList();

		if (!flagged) {
			assertThat(late).isEmpty();
		}
		else {
			assertThat(late).singleElement().satisfies((flag) -> {
				assertThat(flag.severity()).isEqualTo(Severity.CRITICAL);
				assertThat(flag.tip()).isEqualTo(Tip.JOINT_JOURNEY);
				assertThat(flag.finding()).isEqualTo("contract=" + contractMonths + ":payback=" + month);
				assertThat(flag.arguments()).containsExactly(contractMonths,
						(month != null) ? new Flag.Label("businessCase.payback.inMonth", month)
								: new Flag.Label("businessCase.payback.never"));
			});
		}
	}

	@ParameterizedTest(name = "typed {0}, planned {1}: flagged {2}")
	@CsvSource(nullValues = "never", value = { "9, 9, false", "9, 7, false", "9, 11, false", "9, 6, true",
			"9, 12, true", "12, 9, true", "9, never, true", "never, 9, false", "never, never, false" })
	void flagsATypedPaybackMonthMoreThanTwoMonthsFromTheBusinessCase(Integer typed, Integer planned, boolean flagged) {
		List<Flag> mismatch = QuickWinRules.check(subject().payback(typed).businessCase(planned, true).build())
			.stream()
			.filter((flag) -> flag.code() == FlagCode.PAYBACK_MONTH_MISMATCH)
			.toList();

		if (!flagged) {
			assertThat(mismatch).isEmpty();
		}
		else {
			assertThat(mismatch).singleElement().satisfies((flag) -> {
				assertThat(flag.severity()).isEqualTo(Severity.WARNING);
				assertThat(flag.field()).isEqualTo("expectedPaybackMonth");
				assertThat(flag.finding()).isEqualTo("typed=" + typed + ":plan=" + planned);
				assertThat(flag.arguments()).hasSize(2).first().isEqualTo(typed);
			});
		}
	}

	@ParameterizedTest(name = "the plan shows a start-up loss: {0}")
	@CsvSource({ "true, false", "false, true" })
	void flagsABusinessCaseWithoutALossInStartUp(boolean loss, boolean flagged) {
		List<FlagCode> codes = codes(subject().businessCase(9, loss).build());

		assertThat(codes).is(contains(FlagCode.NO_START_UP_LOSS, flagged));
		if (flagged) {
			Flag flag = QuickWinRules.check(subject().businessCase(9, loss).build()).get(0);
			assertThat(flag.severity()).isEqualTo(Severity.WARNING);
			assertThat(flag.tip()).isEqualTo(Tip.PREPARE_FOR_LEARNING_PERIOD);
			assertThat(flag.field()).isEqualTo("businessCase");
		}
	}

	@Test
	void withoutABusinessCaseNoneOfItsFlagsFires() {
		assertThat(codes(subject().contractMonths(12).payback(40).build())).doesNotContain(
				FlagCode.PAYBACK_AFTER_CONTRACT, FlagCode.PAYBACK_MONTH_MISMATCH, FlagCode.NO_START_UP_LOSS);
	}

	@Test
	void aContributionWithoutABusinessCaseKeepsTheSubjectsOwn() {
		QuickWinSubject subject = subject().businessCase(20, true)
			.build()
			.with(new QuickWinSubject.Contribution(List.of(), List.of()));

		assertThat(subject.plannedPayback()).isEqualTo(new QuickWinSubject.PlannedPayback(20, true));
		assertThat(subject.with(QuickWinSubject.Contribution.of(new QuickWinSubject.PlannedPayback(7, false)))
			.plannedPayback()).isEqualTo(new QuickWinSubject.PlannedPayback(7, false));
	}

	@org.junit.jupiter.params.ParameterizedTest(
			name = "{0} % from month {1}, at the KPI's target {2}, strict in {3}: {4}")
	@org.junit.jupiter.params.provider.CsvSource(nullValues = "none", value = {
			// credits from the first month at the KPI's own target: critical
			"5, 1, true, none, FULL_SERVICE_LEVEL_FROM_GO_LIVE", "5, 1, true, 1, FULL_SERVICE_LEVEL_FROM_GO_LIVE",
			// short of the target from month 1, or later, but stricter than the band
			"5, 1, false, 1, CREDITS_EXPECTED_IN_START_UP", "10, 3, true, 3, CREDITS_EXPECTED_IN_START_UP",
			// must not fire: a holiday through start-up, targets within the band, no
			// credits
			"5, 4, true, none, none", "5, 2, true, none, none", "5, 1, false, none, none", "0, 1, true, 1, none" })
	void aServiceLevelThatExpectsNoDipIsFlaggedByTheTipOfTheLearningPeriod(int credit, int firstMonth, boolean atTarget,
			Integer strictMonth, FlagCode expected) {
		SubjectBuilder builder = (strictMonth != null)
				? subject().serviceTerm(credit, firstMonth, atTarget, strictMonth)
				: subject().serviceTerm(credit, firstMonth, atTarget);
		List<Flag> flags = QuickWinRules.check(builder.build())
			.stream()
			.filter((flag) -> flag.field().equals("serviceLevels"))
			.toList();

		if (expected == null) {
			assertThat(flags).isEmpty();
			return;
		}
		assertThat(flags).singleElement().satisfies((flag) -> {
			assertThat(flag.code()).isEqualTo(expected);
			assertThat(flag.severity()).isEqualTo(
					(expected == FlagCode.FULL_SERVICE_LEVEL_FROM_GO_LIVE) ? Severity.CRITICAL : Severity.WARNING);
			assertThat(flag.tip()).isEqualTo(Tip.PREPARE_FOR_LEARNING_PERIOD);
			assertThat(flag.arguments()).first().isEqualTo("CSAT");
			assertThat(flag.finding()).contains("7");
		});
	}

	@Test
	void theServiceTermsOfAContributionJoinTheSubjects() {
		QuickWinSubject.ServiceTerm term = new QuickWinSubject.ServiceTerm("AHT", "8", 5, 1, true, List.of(1, 2));
		QuickWinSubject subject = subject().serviceTerm(5, 4, true)
			.build()
			.with(QuickWinSubject.Contribution.ofTerms(List.of(term)));

		assertThat(subject.serviceTerms()).hasSize(2).last().isEqualTo(term);
		assertThat(codes(subject)).containsOnlyOnce(FlagCode.FULL_SERVICE_LEVEL_FROM_GO_LIVE)
			.doesNotContain(FlagCode.CREDITS_EXPECTED_IN_START_UP);
	}

	private static org.assertj.core.api.Condition<List<? extends FlagCode>> contains(FlagCode code, boolean expected) {
		return new org.assertj.core.api.Condition<>((codes) -> codes.contains(code) == expected,
				(expected ? "containing " : "not containing ") + code);
	}

	private static SubjectBuilder subject() {
		return new SubjectBuilder();
	}

	/** A well-prepared journey unless told otherwise. */
	static final class SubjectBuilder {

		private boolean pilot;

		private int contractMonths = 36;

		private Integer payback = 9;

		private Integer hours = 400;

		private Long budget = 20_000L;

		private String learningPlan = "Weekly joint reviews during start-up";

		private String description = "A joint journey.";

		private final List<Target> goals = new ArrayList<>(List.of(Target.goal("CUSTOMER_EXPERIENCE", 9, "NPS 45")));

		private final List<PlanItem> items = new ArrayList<>();

		private QuickWinSubject.PlannedPayback plannedPayback;

		private final List<QuickWinSubject.ServiceTerm> serviceTerms = new ArrayList<>();

		SubjectBuilder serviceTerm(int creditPercent, int firstMonth, boolean atTarget, Integer... strictMonths) {
			this.serviceTerms.add(new QuickWinSubject.ServiceTerm("CSAT", "7", creditPercent, firstMonth, atTarget,
					List.of(strictMonths)));
			return this;
		}

		SubjectBuilder pilot() {
			this.pilot = true;
			return this;
		}

		SubjectBuilder contractMonths(int months) {
			this.contractMonths = months;
			return this;
		}

		SubjectBuilder payback(Integer month) {
			this.payback = month;
			return this;
		}

		SubjectBuilder onboarding(Integer hours, Long budget) {
			this.hours = hours;
			this.budget = budget;
			return this;
		}

		SubjectBuilder learningPlan(String plan) {
			this.learningPlan = plan;
			return this;
		}

		SubjectBuilder description(String text) {
			this.description = text;
			return this;
		}

		SubjectBuilder noGoals() {
			this.goals.clear();
			return this;
		}

		SubjectBuilder goal(String type, int month, String description) {
			this.goals.add(Target.goal(type, month, description));
			return this;
		}

		SubjectBuilder item(String title, int monthsAfterGoLive, boolean addressesDip) {
			this.items.add(new PlanItem(title, null, monthsAfterGoLive, addressesDip));
			return this;
		}

		SubjectBuilder businessCase(Integer paybackMonth, boolean startUpLoss) {
			this.plannedPayback = new QuickWinSubject.PlannedPayback(paybackMonth, startUpLoss);
			return this;
		}

		QuickWinSubject build() {
			return new QuickWinSubject(this.pilot, this.contractMonths, this.payback, this.hours, this.budget,
					this.learningPlan, this.description, this.goals, this.items, this.plannedPayback,
					this.serviceTerms);
		}

	}

}
