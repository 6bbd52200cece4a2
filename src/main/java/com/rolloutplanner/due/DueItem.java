package com.rolloutplanner.due;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * One thing of an engagement that falls due. Its title is either text written by a user
 * ({@code title}) or a message key of the product ({@code titleKey}, shown in the
 * reader's language). {@code ref} names it stably across reads, like {@code roadmap-12};
 * {@code dueAt} is the moment of a thing due at a time of day, {@code null} for a day.
 */
public record DueItem(DueKind kind, String title, String titleKey, LocalDate dueDate, boolean done, String ref,
		ZonedDateTime dueAt) {

	public DueItem(DueKind kind, String title, String titleKey, LocalDate dueDate, boolean done, String ref) {
		this(kind, title, titleKey, dueDate, done, ref, null);
	}

	public static DueItem titled(DueKind kind, String title, LocalDate dueDate, boolean done) {
		return new DueItem(kind, title, null, dueDate, done, null);
	}

	public static DueItem keyed(DueKind kind, String titleKey, LocalDate dueDate, boolean done) {
		return new DueItem(kind, null, titleKey, dueDate, done, null);
	}

	/**
	 * A thing due at a moment (an issue's response), on the day of that moment in its
	 * time zone.
	 */
	public static DueItem timed(DueKind kind, String title, ZonedDateTime dueAt, boolean done) {
		return new DueItem(kind, title, null, dueAt.toLocalDate(), done, null, dueAt);
	}

	/**
	 * The same item with a stable reference (for calendar events that replace
	 * themselves).
	 */
	public DueItem withRef(String reference) {
		return new DueItem(this.kind, this.title, this.titleKey, this.dueDate, this.done, reference, this.dueAt);
	}

	public DueState stateOn(LocalDate asOf) {
		return DueState.of(this.dueDate, this.done, asOf);
	}

}
