package com.rolloutplanner.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import com.rolloutplanner.issue.IssueSeverity;
import com.rolloutplanner.engagement.FieldChange;
import com.rolloutplanner.engagement.FieldChange.GoalTarget;

import com.rolloutplanner.history.ChangeWording.Entry;

import static com.rolloutplanner.history.HistoryArgument.date;
import static com.rolloutplanner.history.HistoryArgument.message;
import static com.rolloutplanner.history.HistoryArgument.number;
import static com.rolloutplanner.history.HistoryArgument.text;

/**
 * The arguments and entries {@link ChangeWording} makes of what an event carries: a
 * changed field with its typed values before and after, a value recorded or replaced, a
 * meeting, the label of an enum's value.
 */
final class EntryArguments {

	/** The message-key prefix of each enum's labels. */
	private static final Map<String, String> ENUM_LABELS = Map.ofEntries(Map.entry("ContractModel", "contractModel."),
			Map.entry("ServiceChannel", "channel."), Map.entry("GoalType", "goalType."), Map.entry("Side", "side."),
			Map.entry("OwnerSide", "side."), Map.entry("ItemStatus", "status."), Map.entry("GateType", "gate."),
			Map.entry("KpiKind", "kpiKind."), Map.entry("Direction", "direction."), Map.entry("Role", "role."),
			Map.entry("IssueSeverity", "issue.severity."), Map.entry("EscalationTier", "issue.tier."),
			Map.entry("RiskStatus", "risk.status."), Map.entry("ChangeArea", "change.area."));

	private EntryArguments() {
	}

	static HistoryArgument[] args(HistoryArgument... arguments) {
		return arguments;
	}

	/**
	 * The keys of a value recorded for the first time and of one that replaced another.
	 */
	static Set<String> recordedKeys(String key) {
		return Set.of(key, key + "Replaced");
	}

	/**
	 * A value recorded for the first time under the key, or, when there was one before,
	 * under the key's "Replaced" form with the earlier value last.
	 */
	static List<Entry> recorded(String key, Number before, HistoryArgument... arguments) {
		if (before == null) {
			return List.of(new Entry(key, false, arguments));
		}
		HistoryArgument[] replaced = Arrays.copyOf(arguments, arguments.length + 1);
		replaced[arguments.length] = number(before);
		return List.of(new Entry(key + "Replaced", false, replaced));
	}

	/** An entry per changed field: what (if given), the field, before and after. */
	static List<Entry> fieldChanges(String key, List<FieldChange> changes, HistoryArgument... what) {
		return changes.stream().map((change) -> {
			List<HistoryArgument> arguments = new ArrayList<>(Arrays.asList(what));
			arguments.addAll(List.of(label(change.field()), value(change.before()), value(change.after())));
			return new Entry(key, false, arguments.toArray(HistoryArgument[]::new));
		}).toList();
	}

	static HistoryArgument[] meeting(Object kind, java.time.LocalDateTime startsAt, boolean withTime) {
		List<HistoryArgument> arguments = new ArrayList<>(
				List.of(message("meeting.kind." + kind), date(startsAt.toLocalDate())));
		if (withTime) {
			arguments.add(text(String.format("%02d:%02d", startsAt.getHour(), startsAt.getMinute())));
		}
		return arguments.toArray(HistoryArgument[]::new);
	}

	/**
	 * A changed field of the terms; a goal added, removed or changed is worded as such.
	 */
	static Entry termChanged(FieldChange change) {
		if (change.before() instanceof GoalTarget || change.after() instanceof GoalTarget) {
			GoalTarget before = (GoalTarget) change.before();
			GoalTarget after = (GoalTarget) change.after();
			if (before == null) {
				return new Entry("history.entry.goalAdded", false, value(after.type()), number(after.month()),
						text(after.description()));
			}
			if (after == null) {
				return new Entry("history.entry.goalRemoved", true, value(before.type()));
			}
			return new Entry("history.entry.goalChanged", false, value(after.type()), number(before.month()),
					number(after.month()), text(before.description()), text(after.description()));
		}
		return new Entry("history.entry.fieldChanged", false, label(change.field()), value(change.before()),
				value(change.after()));
	}

	static HistoryArgument criteria(String criteria) {
		return (criteria != null) ? text(criteria) : message("history.recommendedCriteria");
	}

	static HistoryArgument label(String field) {
		return message("history.field." + field);
	}

	/** A typed value of a changed field as an argument. */
	static HistoryArgument value(Object value) {
		if (value == null) {
			return message("history.none");
		}
		if (value instanceof Enum<?> constant) {
			return message(enumLabel(constant));
		}
		if (value instanceof Set<?> set) {
			return HistoryArgument.messages(set.stream()
				.map((element) -> enumLabel((Enum<?>) element))
				.collect(Collectors.toCollection(LinkedHashSet::new)));
		}
		if (value instanceof java.time.LocalDate day) {
			return date(day);
		}
		if (value instanceof Number amount) {
			return number(amount);
		}
		if (value instanceof Boolean yes) {
			return message(yes ? "history.yes" : "history.no");
		}
		return text(value.toString());
	}

	private static String enumLabel(Enum<?> constant) {
		String prefix = ENUM_LABELS.get(constant.getDeclaringClass().getSimpleName());
		if (prefix == null) {
			throw new IllegalArgumentException("No labels for " + constant.getDeclaringClass());
		}
		return prefix + constant.name();
	}

}
