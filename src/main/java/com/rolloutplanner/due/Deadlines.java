package com.rolloutplanner.due;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * What falls due in engagements, from every module that has due dates: one query per
 * module for any number of engagements.
 */
@Service
public class Deadlines {

	// Looked up when asked: a contributor may itself read the deadlines (the agenda
	// does).
	private final ObjectProvider<DueContributor> contributors;

	Deadlines(ObjectProvider<DueContributor> contributors) {
		this.contributors = contributors;
	}

	/** Everything that falls due, by engagement id (every id given has an entry). */
	public Map<Long, List<DueItem>> items(Map<Long, LocalDate> goLives) {
		Map<Long, List<DueItem>> all = new HashMap<>();
		goLives.keySet().forEach((id) -> all.put(id, new ArrayList<>()));
		for (DueContributor contributor : this.contributors.orderedStream().toList()) {
			contributor.dueItems(goLives)
				.forEach((id, items) -> all.computeIfAbsent(id, (k) -> new ArrayList<>()).addAll(items));
		}
		return all;
	}

	/** The next due item and the overdue count of each engagement on the date. */
	public Map<Long, DueSummary> summaries(Map<Long, LocalDate> goLives, LocalDate asOf) {
		Map<Long, DueSummary> summaries = new HashMap<>();
		items(goLives).forEach((id, items) -> summaries.put(id, DueSummary.of(items, asOf)));
		return summaries;
	}

}
