package com.rolloutplanner.change;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What of an engagement a change touches, as far as what is shown of it in lists goes: so
 * that a KPI's new actual rewrites how the KPIs stand and nothing else.
 */
public enum ChangedPart {

	/**
	 * The engagement itself: its name, sides, terms and plan, its quick-win flags, its
	 * stage.
	 */
	ENGAGEMENT,

	/** The actuals of its KPIs (not the KPIs themselves, which are part of the plan). */
	KPI_ACTUALS,

	/**
	 * What is dated and can fall due: roadmap items, gates, actions, meetings, risks'
	 * reviews.
	 */
	DUE_DATES,

	/**
	 * Its issues: how many critical ones are open, which responses are owed and
	 * escalated.
	 */
	ISSUES,

	/** The cooperation pulse both sides answer each month. */
	PULSE,

	/** The actual costs and benefits that make the business case's payback. */
	PAYBACK;

	/** Every part: what a change touches unless it says otherwise. */
	public static final Set<ChangedPart> EVERYTHING = Collections.unmodifiableSet(EnumSet.allOf(ChangedPart.class));

	/** Everything but the engagement itself: what running work may touch. */
	public static final Set<ChangedPart> WORK = Collections
		.unmodifiableSet(EnumSet.complementOf(EnumSet.of(ENGAGEMENT)));

}
