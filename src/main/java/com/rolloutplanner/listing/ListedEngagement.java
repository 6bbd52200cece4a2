package com.rolloutplanner.listing;

import java.time.LocalDate;

import com.rolloutplanner.due.DueSummary;

/**
 * One engagement of a list on a date: its parties' names, go-live and contract length,
 * its open flags, what is due next and how many items are overdue, how its KPIs stand,
 * how its business case stands (the name of its payback state, {@code null} without one),
 * its open critical issues and the day the earliest response owed is due, and the latest
 * cooperation pulse both sides answered ({@code null} without one), and what the
 * portfolio draws of it.
 */
public record ListedEngagement(Long id, String name, String clientName, String partnerName, LocalDate goLiveDate,
		int contractMonths, long openCritical, long openWarnings, DueSummary due, KpiState kpis, String payback,
		String stage, long openCriticalIssues, LocalDate issueResponseDue, ListedPulse pulse, Portfolio portfolio) {

	/**
	 * What the portfolio draws of an engagement beside the rest: the planned and the
	 * projected payback month ({@code null} when none), how many issues wait for a
	 * response after being escalated, and its two organisations.
	 */
	public record Portfolio(Integer plannedPayback, Integer projectedPayback, long escalatedIssues, long clientId,
			long partnerId) {
	}

	/**
	 * Whether a response to an issue is owed since before the date (the issue escalated).
	 */
	public boolean issueEscalatedOn(LocalDate date) {
		return this.issueResponseDue != null && this.issueResponseDue.isBefore(date);
	}

	/** Whether it is a proposal (open or not chosen), in no phase yet. */
	public boolean isProposal() {
		return !SIGNED.equals(this.stage);
	}

	/** The stage of a signed engagement, by name. */
	public static final String SIGNED = "SIGNED";

}
