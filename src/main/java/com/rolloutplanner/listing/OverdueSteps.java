package com.rolloutplanner.listing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.rolloutplanner.due.DueItem;

/**
 * How many open items of an engagement are overdue on each date, as steps: an open item
 * is overdue from the day after its due date, so the count steps up on each such day.
 * Days before the first step have none overdue.
 */
final class OverdueSteps {

	private OverdueSteps() {
	}

	/** From a date until another (exclusive; open-ended when {@code null}). */
	record Step(LocalDate from, LocalDate until, int count) {
	}

	static List<Step> of(List<DueItem> items) {
		TreeMap<LocalDate, Integer> starting = new TreeMap<>();
		for (DueItem item : items) {
			if (!item.done()) {
				starting.merge(item.dueDate().plusDays(1), 1, Integer::sum);
			}
		}
		List<Step> steps = new ArrayList<>();
		int count = 0;
		LocalDate from = null;
		for (Map.Entry<LocalDate, Integer> entry : starting.entrySet()) {
			if (from != null) {
				steps.add(new Step(from, entry.getKey(), count));
			}
			count += entry.getValue();
			from = entry.getKey();
		}
		if (from != null) {
			steps.add(new Step(from, null, count));
		}
		return steps;
	}

}
