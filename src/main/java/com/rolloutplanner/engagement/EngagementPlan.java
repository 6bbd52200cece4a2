package com.rolloutplanner.engagement;

import java.time.LocalDate;
import java.util.List;

import com.rolloutplanner.quickwin.QuickWinSubject;
import com.rolloutplanner.quickwin.QuickWinSubject.Target;

/**
 * What the quick-win rules, the phase dates and the payback read of an engagement's
 * terms, saved or only typed: the saved engagement and the check of unsaved terms use the
 * same values in the same way.
 *
 * @param goLiveDate the go-live date
 * @param contractModel the contract model
 * @param contractMonths the length of the commitment
 * @param onboardingHours onboarding hours planned, if any
 * @param onboardingBudgetEur onboarding budget planned, if any
 * @param expectedPaybackMonth month after go-live by which payback is expected, if set
 * @param learningPlan the plan for the learning-period dip, if any
 * @param description the description, if any
 * @param goals the goals
 */
public record EngagementPlan(LocalDate goLiveDate, ContractModel contractModel, int contractMonths,
		Integer onboardingHours, Long onboardingBudgetEur, Integer expectedPaybackMonth, String learningPlan,
		String description, List<Goal> goals) {

	public EngagementPlan {
		goals = List.copyOf(goals);
	}

	/** The plain values the quick-win rules look at. */
	public QuickWinSubject quickWinSubject() {
		List<Target> targets = this.goals.stream()
			.map((goal) -> Target.goal(goal.getType().name(), goal.getTargetMonth(), goal.getDescription()))
			.toList();
		return new QuickWinSubject(this.contractModel == ContractModel.PILOT, this.contractMonths,
				this.expectedPaybackMonth, this.onboardingHours, this.onboardingBudgetEur, this.learningPlan,
				this.description, targets, List.of());
	}

	public Onboarding onboarding() {
		return new Onboarding(this.onboardingHours, this.onboardingBudgetEur);
	}

}
