package com.rolloutplanner.dashboard;

import java.time.LocalDate;

import com.rolloutplanner.businesscase.PaybackState;
import com.rolloutplanner.due.DueSummary;
import com.rolloutplanner.listing.KpiState;
import com.rolloutplanner.phase.Placement;

/**
 * One engagement on the dashboard, placed on the as-of date, with the state of its KPIs
 * on that date, its open critical issues and whether a response is overdue, and the
 * latest cooperation pulse.
 */
public record DashboardRow(Long id, String name, String clientName, String partnerName, LocalDate goLiveDate,
		int contractMonths, Placement placement, long openCritical, long openWarnings, DueSummary due, KpiState kpis,
		PaybackState payback, String stage, long openCriticalIssues, boolean issueEscalated,
		com.rolloutplanner.listing.ListedPulse pulse) {

	/**
	 * The stage of a proposal by name ({@code PROPOSAL}, {@code NOT_CHOSEN}), in no phase
	 * yet; {@code null} for a signed engagement.
	 */
	public String proposalStage() {
		return "SIGNED".equals(this.stage) ? null : this.stage;
	}

	/**
	 * Progress through the contract in percent (0–100) once the engagement is in
	 * continuous development, where the phase has no end; {@code null} otherwise or
	 * without a length.
	 */
	public Integer contractPercent() {
		if (this.placement.progressPercent() != null || !this.placement.isLive() || this.contractMonths <= 0) {
			return null;
		}
		return Math.min(100, (this.placement.monthOfJourney() * 100) / this.contractMonths);
	}

}
