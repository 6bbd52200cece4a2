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

	/** The message keys of the starter's items. */
	static final java.util.Set<String> KEYS = java.util.Set.of("starter.workshop", "starter.investment",
			"starter.learningPlan", "starter.qualityCheck", "starter.goalsReview", "starter.backlog");

	private StarterRoadmap() {
	}

	/**
	 * The items, with titles and descriptions from {@code text} (a message key lookup).
	 * An item whose natural date has already passed on {@code today} is placed on
	 * {@code today}: adding the roadmap never creates overdue items.
	 */
	/** A starter item and the message key its text comes from. */
	record Keyed(String key, Plan plan) {
	}

	static List<Keyed> plan(LocalDate goLive, LocalDate today, Function<String, String> text) {
		return List.of(item(text, "workshop", goLive.minusDays(30), today, false),
				item(text, "investment", goLive.minusDays(21), today, false),
				item(text, "learningPlan", goLive, today, true),
				item(text, "qualityCheck", goLive.plusMonths(6).minusDays(1), today, true),
				item(text, "goalsReview", goLive.plusMonths(9).minusDays(1), today, false),
				item(text, "backlog", goLive.plusMonths(9), today, false));
	}

	private static Keyed item(Function<String, String> text, String key, LocalDate natural, LocalDate today,
			boolean dip) {
		LocalDate due = natural.isBefore(today) ? today : natural;
		String textKey = "starter." + key;
		return new Keyed(textKey, new Plan(text.apply(textKey + ".title"), text.apply(textKey + ".description"), due,
				OwnerSide.JOINT, ItemStatus.PLANNED, dip));
	}

}
