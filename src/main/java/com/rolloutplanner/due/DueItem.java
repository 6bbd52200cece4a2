package com.rolloutplanner.due;

import java.time.LocalDate;

/**
 * One thing of an engagement that falls due. Its title is either text written by a user
 * ({@code title}) or a message key of the product ({@code titleKey}, shown in the
 * reader's language).
 */
public record DueItem(DueKind kind, String title, String titleKey, LocalDate dueDate, boolean done) {

	public static DueItem titled(DueKind kind, String title, LocalDate dueDate, boolean done) {
		return new DueItem(kind, title, null, dueDate, done);
	}

	public static DueItem keyed(DueKind kind, String titleKey, LocalDate dueDate, boolean done) {
		return new DueItem(kind, null, titleKey, dueDate, done);
	}

	public DueState stateOn(LocalDate asOf) {
		return DueState.of(this.dueDate, this.done, asOf);
	}

}
