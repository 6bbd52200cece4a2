package com.rolloutplanner.quickwin;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AssessmentTests {

	@Test
	void flagsBreakingTheSameTipAreGroupedUnderItOnceInTheOrderOfTheFlags() {
		Assessment assessment = new Assessment(
				List.of(flag(FlagCode.PILOT_MODEL, Severity.CRITICAL), flag(FlagCode.EARLY_PAYBACK, Severity.CRITICAL),
						flag(FlagCode.NO_ONBOARDING_INVESTMENT, Severity.WARNING),
						flag(FlagCode.EARLY_PLANNED_PAYBACK, Severity.WARNING)));

		assertThat(assessment.byTip()).extracting(Assessment.TipFlags::tip)
			.containsExactly(Tip.NO_PILOT_MENTALITY, Tip.INVEST_IN_ROLLOUT);
		assertThat(assessment.byTip().get(1).flags()).extracting((f) -> f.flag().code())
			.containsExactly(FlagCode.EARLY_PAYBACK, FlagCode.NO_ONBOARDING_INVESTMENT, FlagCode.EARLY_PLANNED_PAYBACK);
		assertThat(new Assessment(List.of()).byTip()).isEmpty();
	}

	private static AssessedFlag flag(FlagCode code, Severity severity) {
		return new AssessedFlag(new Flag(code, severity, "field", "finding", List.of()), null);
	}

}
