package com.rolloutplanner.report;

import com.rolloutplanner.pulse.Pulses;
import com.rolloutplanner.changerequest.ChangeRequests;
import com.rolloutplanner.issue.IssueCounts;
import com.rolloutplanner.risk.Risks;
import com.rolloutplanner.servicelevel.ServiceLevels;
import com.rolloutplanner.action.ActionItems;
import com.rolloutplanner.minutes.MeetingMinutes;
import com.rolloutplanner.due.DueState;
import com.rolloutplanner.meeting.Meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.system.Caches;
import com.rolloutplanner.commitments.Commitments;
import com.rolloutplanner.engagement.EngagementView;
import com.rolloutplanner.engagement.Onboarding;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.kpi.KpiView;
import com.rolloutplanner.kpi.Kpis;
import com.rolloutplanner.phase.Phase;
import com.rolloutplanner.phase.PhaseCalendar;
import com.rolloutplanner.quickwin.QuickWinAssessor;
import com.rolloutplanner.roadmap.RoadmapRow;
import com.rolloutplanner.roadmap.RoadmapItem;
import com.rolloutplanner.roadmap.Roadmaps;

/** Assembles the journey of an engagement from every feature, behind one access check. */
@Service
@Transactional(readOnly = true)
public class JourneyAssembler {

	private final Engagements engagements;

	private final QuickWinAssessor assessor;

	private final Roadmaps roadmaps;

	private final Commitments commitments;

	private final Kpis kpis;

	private final Meetings meetings;

	private final MeetingMinutes meetingMinutes;

	private final ActionItems actionItems;

	private final com.rolloutplanner.businesscase.BusinessCases businessCases;

	private final org.springframework.context.MessageSource messages;

	private final ServiceLevels serviceLevels;

	private final Pulses pulses;

	private final IssueCounts issues;

	private final Risks risks;

	private final ChangeRequests changeRequests;

	private final java.time.Clock clock;

	JourneyAssembler(Engagements engagements, QuickWinAssessor assessor, Roadmaps roadmaps, Commitments commitments,
			Kpis kpis, Meetings meetings, MeetingMinutes meetingMinutes, ActionItems actionItems,
			com.rolloutplanner.businesscase.BusinessCases businessCases, ServiceLevels serviceLevels,
			org.springframework.context.MessageSource messages, Pulses pulses, IssueCounts issues,
			java.time.Clock clock, Risks risks, ChangeRequests changeRequests) {
		this.risks = risks;
		this.changeRequests = changeRequests;
		this.issues = issues;
		this.clock = clock;
		this.pulses = pulses;
		this.businessCases = businessCases;
		this.serviceLevels = serviceLevels;
		this.messages = messages;
		this.engagements = engagements;
		this.assessor = assessor;
		this.roadmaps = roadmaps;
		this.commitments = commitments;
		this.kpis = kpis;
		this.meetings = meetings;
		this.meetingMinutes = meetingMinutes;
		this.actionItems = actionItems;
	}

	/**
	 * The journey on a date, for a reader with this access; the reader's organisation
	 * decides which sign-offs they are offered ({@code null} on a shared page).
	 */
	public Journey assemble(Long engagementId, Access access, Long readerOrganisationId, LocalDate asOf) {
		return assemble(engagementId, access, readerOrganisationId, asOf, false);
	}

	/**
	 * The same, kept by the engagement's listing version, which is new after every change
	 * to anything the journey shows ({@link Journeys}).
	 */
	@Cacheable(Caches.JOURNEYS)
	public Journey kept(long version, Long engagementId, Access access, Long readerOrganisationId, LocalDate asOf,
			boolean hideAmounts) {
		return assemble(engagementId, access, readerOrganisationId, asOf, hideAmounts);
	}

	/** The same, with the amounts of the business case hidden when asked. */
	public Journey assemble(Long engagementId, Access access, Long readerOrganisationId, LocalDate asOf,
			boolean hideAmounts) {
		EngagementView engagement = this.engagements.read(engagementId, access,
				(e) -> EngagementView.of(e, asOf, this.assessor));
		LocalDate goLive = engagement.goLiveDate();
		List<RoadmapItem> items = this.roadmaps.items(engagementId, access);
		List<Journey.PhaseItems> roadmap = new ArrayList<>();
		for (Phase phase : Phase.values()) {
			roadmap.add(new Journey.PhaseItems(phase,
					items.stream()
						.filter((item) -> item.placement(goLive).phase() == phase)
						.map((item) -> RoadmapRow.of(item, goLive, asOf, this.messages))
						.toList()));
		}
		int asOfMonth = PhaseCalendar.place(goLive, asOf).monthOfJourney();
		List<KpiView> kpiViews = this.kpis.readAll(engagementId, access, (k) -> KpiView.of(k, asOfMonth));
		// The decisions of the last two meetings held by the date shown, and what is
		// still open.
		List<MeetingMinutes.MeetingDecisions> decisions = this.meetingMinutes.sharedMinutes(engagementId, access, asOf,
				2);
		List<Journey.OpenAction> open = this.actionItems.openActions(engagementId, access)
			.stream()
			.map((a) -> new Journey.OpenAction(a.getTitle(), a.getOwnerSide(), a.getDueDate(),
					DueState.of(a.getDueDate(), false, asOf)))
			.toList();
		return new Journey(asOf, engagement, roadmap,
				this.commitments.gates(engagementId, access, readerOrganisationId, asOf),
				this.commitments.annex(engagementId, access, readerOrganisationId, asOf), kpiViews, decisions, open,
				this.businessCases
					.viewChecked(engagementId,
							new Onboarding(engagement.onboardingHours(), engagement.onboardingBudgetEur()),
							engagement.contractMonths())
					.orElse(null),
				hideAmounts, credits(engagementId, access),
				this.pulses.view(engagementId, access, readerOrganisationId, null, asOf),
				this.issues.escalated(engagementId, access, endOf(asOf), REPORT_ESCALATED),
				this.risks.summary(engagementId, access), this.changeRequests.waiting(engagementId, access),
				this.changeRequests.approvedForAnnex(engagementId, access));
	}

	/** At most this many escalated issues are named in a report. */
	static final int REPORT_ESCALATED = 5;

	/** The end of the day shown, or now when that is later. */
	private java.time.Instant endOf(LocalDate asOf) {
		java.time.Instant end = asOf.plusDays(1).atStartOfDay(this.clock.getZone()).toInstant();
		return end.isAfter(this.clock.instant()) ? this.clock.instant() : end;
	}

	/** The service credits, when some KPI has a service level. */
	private ServiceLevels.Credits credits(Long engagementId, Access access) {
		ServiceLevels.Credits credits = this.serviceLevels.credits(engagementId, access);
		return (credits.agreedKpis() > 0) ? credits : null;
	}

}
