package com.rolloutplanner.engagement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One field that changed, with its value before and after as typed values (text, numbers,
 * dates, enum constants, sets of enum constants, {@link GoalTarget}s): events carry them
 * so that the history can show each in the reader's language.
 */
public record FieldChange(String field, Object before, Object after) {

	/** The changes from one version of the terms to the next, field by field. */
	static List<FieldChange> between(EngagementTerms before, EngagementTerms after) {
		return between(values(before), values(after));
	}

	/** The changes between two sets of named values, in the order of the first. */
	public static List<FieldChange> between(Map<String, ?> before, Map<String, ?> after) {
		List<String> fields = new ArrayList<>(before.keySet());
		after.keySet().stream().filter((f) -> !before.containsKey(f)).forEach(fields::add);
		List<FieldChange> changes = new ArrayList<>();
		for (String field : fields) {
			if (!Objects.equals(before.get(field), after.get(field))) {
				changes.add(new FieldChange(field, before.get(field), after.get(field)));
			}
		}
		return changes;
	}

	private static Map<String, Object> values(EngagementTerms t) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("name", t.name());
		values.put("client", t.client().getName());
		values.put("partner", t.partner().getName());
		values.put("channels", new TreeSet<>(t.channels()));
		values.put("goLiveDate", t.goLiveDate());
		values.put("contractModel", t.contractModel());
		values.put("contractMonths", t.contractMonths());
		values.put("onboardingHours", t.onboardingHours());
		values.put("onboardingBudgetEur", t.onboardingBudgetEur());
		values.put("expectedPaybackMonth", t.expectedPaybackMonth());
		values.put("learningPlan", t.learningPlan());
		values.put("description", t.description());
		values.put("service", t.service());
		t.goals()
			.stream()
			.sorted((a, b) -> a.getType().compareTo(b.getType()))
			.forEach((goal) -> values.put("goal." + goal.getType(),
					new GoalTarget(goal.getType(), goal.getTargetMonth(), goal.getDescription())));
		return values;
	}

	/** A goal as a value: its type, target month and description. */
	public record GoalTarget(GoalType type, int month, String description) {
	}

}
