package com.rolloutplanner.report;

import com.rolloutplanner.pulse.Pulses;
import com.rolloutplanner.issue.IssueCounts;
import com.rolloutplanner.risk.Risks;
import com.rolloutplanner.servicelevel.ServiceLevels;
import com.rolloutplanner.minutes.MeetingMinutes;
import com.rolloutplanner.due.DueState;
import com.rolloutplanner.roadmap.OwnerSide;

import java.time.LocalDate;
import java.util.List;

import com.rolloutplanner.commitments.Commitments.AnnexView;
import com.rolloutplanner.commitments.GateView;
import com.rolloutplanner.engagement.EngagementView;
import com.rolloutplanner.kpi.KpiView;
import com.rolloutplanner.phase.Phase;
import com.rolloutplanner.businesscase.BusinessCaseView;
import com.rolloutplanner.roadmap.RoadmapRow;

/**
 * Everything the steering group looks at for one engagement on one date: the phase and
 * its expectations, the timeline, the goals, the roadmap by phase, the gates, the terms
 * annex, the KPIs and the flags; the latest decisions of the steering and the open
 * actions; the business case ({@code null} without one), its amounts hidden for the
 * guests of a link that hides them; the cooperation pulse as both sides see it; the
 * issues open on the date and the escalated ones, the open and high risks and the change
 * requests waiting for a decision.
 */
public record Journey(LocalDate asOf, EngagementView engagement, List<PhaseItems> roadmap, List<GateView> gates,
		AnnexView annex, List<KpiView> kpis, List<MeetingMinutes.MeetingDecisions> decisions,
		List<OpenAction> openActions, BusinessCaseView businessCase, boolean hideAmounts,
		ServiceLevels.Credits serviceCredits, Pulses.PulseView pulse, IssueCounts.Escalated issues, Risks.Summary risks,
		long changesWaiting, List<com.rolloutplanner.changerequest.ChangeRequestView> approvedChanges) {

	/**
	 * The months whose credits are due (after what was earned back), for readers who see
	 * no amounts.
	 */
	public long monthsWithCredits() {
		return (this.serviceCredits != null)
				? this.serviceCredits.table().months().stream().filter((month) -> month.net().signum() > 0).count() : 0;
	}

	/** An action still open on the date shown, with its state then. */
	public record OpenAction(String title, OwnerSide ownerSide, LocalDate dueDate, DueState state) {
	}

	/** The roadmap items of one phase. */
	public record PhaseItems(Phase phase, List<RoadmapRow> items) {
	}

	/**
	 * The current phase, and the next one unless the journey is in continuous
	 * development.
	 */
	public List<PhaseItems> currentAndNext() {
		Phase current = this.engagement.placement().phase();
		Phase next = current.next();
		return this.roadmap.stream().filter((group) -> group.phase() == current || group.phase() == next).toList();
	}

	public boolean hasItemsNowOrNext() {
		return currentAndNext().stream().anyMatch((group) -> !group.items().isEmpty());
	}

	public boolean hasRoadmap() {
		return this.roadmap.stream().anyMatch((group) -> !group.items().isEmpty());
	}

}
