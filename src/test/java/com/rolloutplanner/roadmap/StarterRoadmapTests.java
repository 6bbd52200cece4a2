package com.rolloutplanner.roadmap;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.rolloutplanner.due.DueState;
import com.rolloutplanner.phase.Phase;
import com.rolloutplanner.phase.PhaseCalendar;
import com.rolloutplanner.roadmap.RoadmapItem.Plan;

import static org.assertj.core.api.Assertions.assertThat;

class StarterRoadmapTests {

	@Test
	void followsTheFiveTipsAcrossThePhases() {
		LocalDate goLive = LocalDate.of(2026, 1, 31);

		List<Plan> plans = StarterRoadmap.plan(goLive, goLive.minusMonths(2), (key) -> key)
			.stream()
			.map(StarterRoadmap.Keyed::plan)
			.toList();

		assertThat(plans).extracting(Plan::title)
			.containsExactly("starter.workshop.title", "starter.investment.title", "starter.learningPlan.title",
					"starter.qualityCheck.title", "starter.goalsReview.title", "starter.backlog.title");
		assertThat(plans).extracting((plan) -> PhaseCalendar.place(goLive, plan.dueDate()).phase())
			.containsExactly(Phase.PRE_LAUNCH, Phase.PRE_LAUNCH, Phase.START_UP, Phase.LEARNING, Phase.ESTABLISHED,
					Phase.CONTINUOUS_DEVELOPMENT);
		assertThat(plans).filteredOn(Plan::addressesDip).hasSize(2);
		assertThat(plans).allMatch((plan) -> plan.ownerSide() == OwnerSide.JOINT);
	}

	@Test
	void itemsWhoseDateHasPassedArePlacedOnTheDayTheyAreAdded() {
		LocalDate goLive = LocalDate.of(2026, 1, 31);
		LocalDate today = LocalDate.of(2026, 5, 12);

		List<Plan> plans = StarterRoadmap.plan(goLive, today, (key) -> key)
			.stream()
			.map(StarterRoadmap.Keyed::plan)
			.toList();

		assertThat(plans).extracting(Plan::dueDate)
			.containsExactly(today, today, today, LocalDate.of(2026, 7, 30), LocalDate.of(2026, 10, 30),
					LocalDate.of(2026, 10, 31));
		assertThat(plans).noneMatch((plan) -> DueState.of(plan.dueDate(), false, today) == DueState.OVERDUE);
	}

}
