package com.rolloutplanner.steering;

import java.util.List;

/**
 * The points of an agenda. All but {@link #CUSTOM} are prepared from the engagement's
 * data for the meeting's date; a custom point is the chair's own.
 */
public enum AgendaKind {

	/** The phase on the meeting's date and what to expect then. */
	PHASE,

	/** What changed since the previous meeting (from the history). */
	CHANGES,

	/** Roadmap items, gates and the charter due or overdue by the meeting's date. */
	DUE,

	/** Sign-offs still missing on either side. */
	SIGNOFFS,

	/**
	 * KPIs outside their expected band, actuals missing for the last completed month,
	 * service credits, and the cooperation pulse beside them.
	 */
	KPIS,

	/** Open actions from earlier meetings, overdue first. */
	ACTIONS,

	/** Open critical quick-win flags. */
	FLAGS,

	/**
	 * Issues: escalated ones and responses owed first, then those raised since the
	 * previous meeting.
	 */
	ISSUES,

	/** A point the chair added. */
	CUSTOM;

	/** The prepared points, in their recommended order. */
	static final List<AgendaKind> PREPARED = List.of(PHASE, CHANGES, DUE, SIGNOFFS, KPIS, ISSUES, ACTIONS, FLAGS);

}
