package com.rolloutplanner.due;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What an engagement must do next on a date: the earliest open item of any kind (overdue
 * ones come first because they are the earliest) and how many are overdue.
 */
public record DueSummary(DueItem nextDue, DueState nextDueState, long overdueCount) {

	static final Comparator<DueItem> EARLIEST = Comparator.comparing(DueItem::dueDate).thenComparing(DueItem::kind);

	public static final DueSummary NOTHING = new DueSummary(null, null, 0);

	public static DueSummary of(List<DueItem> items, LocalDate asOf) {
		DueItem next = items.stream().filter((item) -> !item.done()).min(EARLIEST).orElse(null);
		long overdue = items.stream().filter((item) -> item.stateOn(asOf) == DueState.OVERDUE).count();
		return (next != null) ? new DueSummary(next, next.stateOn(asOf), overdue) : NOTHING;
	}

	public boolean hasOverdue() {
		return this.overdueCount > 0;
	}

}
