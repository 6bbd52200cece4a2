package com.rolloutplanner.engagement;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.rolloutplanner.phase.Placement;
import com.rolloutplanner.quickwin.Assessment;
import com.rolloutplanner.quickwin.QuickWinAssessor;
import com.rolloutplanner.timeline.TimelineChart;

/** What the engagement page shows, read inside the transaction. */
public record EngagementView(Long id, long version, String name, String clientName, String partnerName,
		Set<ServiceChannel> channels, LocalDate goLiveDate, ContractModel contractModel, int contractMonths,
		LocalDate contractEnd, Integer onboardingHours, Long onboardingBudgetEur, Integer expectedPaybackMonth,
		String learningPlan, String description, List<Goal> goals, Placement placement, TimelineChart timeline,
		Assessment assessment, Stage stage, String service) {

	public static EngagementView of(Engagement engagement, LocalDate asOf, QuickWinAssessor assessor) {
		Placement placement = engagement.placementOn(asOf);
		return new EngagementView(engagement.getId(), engagement.getVersion(), engagement.getName(),
				engagement.getClient().getName(), engagement.getPartner().getName(), engagement.getChannels(),
				engagement.getGoLiveDate(), engagement.getContractModel(), engagement.getContractMonths(),
				engagement.getGoLiveDate().plusMonths(engagement.getContractMonths()).minusDays(1),
				engagement.getOnboardingHours(), engagement.getOnboardingBudgetEur(),
				engagement.getExpectedPaybackMonth(), engagement.getLearningPlan(), engagement.getDescription(),
				engagement.getGoals(), placement, TimelineChart.of(placement),
				assessor.assess(engagement.getId(), engagement.getGoLiveDate(), engagement.quickWinSubject()),
				engagement.getStage(), engagement.getService());
	}

}
