package com.rolloutplanner.roadmap;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import com.rolloutplanner.roadmap.RoadmapItem.Plan;

/**
 * The recommended roadmap built from the five tips of the source article, dated from the
 * go-live. Offered with one click, never created silently; every item stays editable.
 */
final class StarterRoadmap {

	private StarterRoadmap() {
	}

	/**
	 * The items, with titles and descriptions from {@code text} (a message key lookup).
	 */
	static List<Plan> plan(LocalDate goLive, Function<String, String> text) {
		return List.of(item(text, "workshop", goLive.minusDays(30), ItemStatus.PLANNED, false),
				item(text, "investment", goLive.minusDays(21), ItemStatus.PLANNED, false),
				item(text, "learningPlan", goLive, ItemStatus.PLANNED, true),
				item(text, "qualityCheck", goLive.plusMonths(6).minusDays(1), ItemStatus.PLANNED, true),
				item(text, "goalsReview", goLive.plusMonths(9).minusDays(1), ItemStatus.PLANNED, false),
				item(text, "backlog", goLive.plusMonths(9), ItemStatus.PLANNED, false));
	}

	private static Plan item(Function<String, String> text, String key, LocalDate due, ItemStatus status, boolean dip) {
		return new Plan(text.apply("starter." + key + ".title"), text.apply("starter." + key + ".description"), due,
				OwnerSide.JOINT, status, dip);
	}

}
