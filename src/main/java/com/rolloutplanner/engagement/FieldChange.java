package com.rolloutplanner.engagement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** One field of the terms that changed, with its old and new value in canonical form. */
record FieldChange(String field, String oldValue, String newValue) {

	/** The changes from one version of the terms to the next, field by field. */
	static List<FieldChange> between(EngagementTerms before, EngagementTerms after) {
		Map<String, String> old = canonical(before);
		Map<String, String> now = canonical(after);
		List<FieldChange> changes = new ArrayList<>();
		for (String field : union(old, now)) {
			if (!Objects.equals(old.get(field), now.get(field))) {
				changes.add(new FieldChange(field, old.get(field), now.get(field)));
			}
		}
		return changes;
	}

	private static List<String> union(Map<String, String> a, Map<String, String> b) {
		List<String> fields = new ArrayList<>(a.keySet());
		b.keySet().stream().filter((f) -> !a.containsKey(f)).forEach(fields::add);
		return fields;
	}

	private static Map<String, String> canonical(EngagementTerms t) {
		Map<String, String> values = new java.util.LinkedHashMap<>();
		values.put("name", t.name());
		values.put("client", t.client().getName());
		values.put("partner", t.partner().getName());
		values.put("channels", t.channels().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
		values.put("goLiveDate", t.goLiveDate().toString());
		values.put("contractModel", t.contractModel().name());
		values.put("contractMonths", String.valueOf(t.contractMonths()));
		values.put("onboardingHours", text(t.onboardingHours()));
		values.put("onboardingBudgetEur", text(t.onboardingBudgetEur()));
		values.put("expectedPaybackMonth", text(t.expectedPaybackMonth()));
		values.put("learningPlan", t.learningPlan());
		values.put("description", t.description());
		Map<String, String> goals = new TreeMap<>();
		t.goals()
			.forEach((goal) -> goals.put("goal." + goal.getType(),
					goal.getTargetMonth() + "|" + ((goal.getDescription() != null) ? goal.getDescription() : "")));
		values.putAll(goals);
		return values;
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

}
