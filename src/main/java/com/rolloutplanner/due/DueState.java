package com.rolloutplanner.due;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Where something with a due date stands on a date. Computed for the date shown, never
 * stored.
 */
public enum DueState {

	/** Done (or passed), whatever the date. */
	DONE,

	/** Not done and its due date is before the date shown. */
	OVERDUE,

	/** Not done and due on the date shown or within {@value #SOON_DAYS} days after it. */
	DUE_SOON,

	/** Not done and due later. */
	OPEN;

	/** How many days ahead "due soon" reaches. */
	public static final int SOON_DAYS = 14;

	public static DueState of(LocalDate dueDate, boolean done, LocalDate asOf) {
		if (done) {
			return DONE;
		}
		if (dueDate.isBefore(asOf)) {
			return OVERDUE;
		}
		return (ChronoUnit.DAYS.between(asOf, dueDate) <= SOON_DAYS) ? DUE_SOON : OPEN;
	}

	/** Whether it still waits for someone. */
	public boolean isOpen() {
		return this != DONE;
	}

}
