package com.rolloutplanner.history;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.rolloutplanner.businesscase.BusinessCaseEvents.BusinessCaseChanged;
import com.rolloutplanner.businesscase.BusinessCaseEvents.BusinessCaseCreated;
import com.rolloutplanner.businesscase.BusinessCaseEvents.CostActualRecorded;
import com.rolloutplanner.businesscase.BusinessCaseEvents.CostActualRemoved;
import com.rolloutplanner.businesscase.BusinessCaseEvents.CostActualsImported;
import com.rolloutplanner.change.EngagementChange;
import com.rolloutplanner.commitments.CommitmentEvents.AnnexSigned;
import com.rolloutplanner.pulse.PulseEvents.PulseAnswered;
import com.rolloutplanner.issue.IssueSeverity;
import com.rolloutplanner.issue.IssueEvents.IssueEscalated;
import com.rolloutplanner.issue.IssueEvents.IssueRaised;
import com.rolloutplanner.issue.IssueEvents.IssueResolved;
import com.rolloutplanner.issue.IssueEvents.IssueResponded;
import com.rolloutplanner.issue.IssueEvents.ResponseTimesChanged;
import com.rolloutplanner.risk.RiskEvents.RiskAdded;
import com.rolloutplanner.risk.RiskEvents.RiskChanged;
import com.rolloutplanner.risk.RiskEvents.RiskHappened;
import com.rolloutplanner.changerequest.ChangeRequestEvents.ChangeRequested;
import com.rolloutplanner.changerequest.ChangeRequestEvents.ChangeDecided;
import com.rolloutplanner.commitments.CommitmentEvents.GateCriteriaChanged;
import com.rolloutplanner.commitments.CommitmentEvents.GateSigned;
import com.rolloutplanner.engagement.EngagementEvents.EngagementChanged;
import com.rolloutplanner.engagement.EngagementEvents.EngagementCreated;
import com.rolloutplanner.engagement.EngagementEvents.EngagementDeleted;
import com.rolloutplanner.engagement.EngagementEvents.GoLiveMoved;
import com.rolloutplanner.engagement.EngagementEvents.GoalMovedLater;
import com.rolloutplanner.engagement.EngagementEvents.ProposalChosen;
import com.rolloutplanner.engagement.EngagementEvents.ProposalNotChosen;
import com.rolloutplanner.engagement.EngagementEvents.ProposalSigned;
import com.rolloutplanner.kpi.KpiEvents.KpiActualRecorded;
import com.rolloutplanner.kpi.KpiEvents.KpiActualsImported;
import com.rolloutplanner.kpi.KpiEvents.KpiAdded;
import com.rolloutplanner.kpi.KpiEvents.KpiChanged;
import com.rolloutplanner.kpi.KpiEvents.KpiRemoved;
import com.rolloutplanner.quickwin.QuickWinEvents.AcknowledgementWithdrawn;
import com.rolloutplanner.quickwin.QuickWinEvents.FlagAcknowledged;
import com.rolloutplanner.report.ReportEvents.MinutesArchived;
import com.rolloutplanner.report.ReportEvents.ReportArchived;
import com.rolloutplanner.roadmap.RoadmapEvents.RoadmapItemAdded;
import com.rolloutplanner.roadmap.RoadmapEvents.RoadmapItemChanged;
import com.rolloutplanner.roadmap.RoadmapEvents.RoadmapItemRemoved;
import com.rolloutplanner.servicelevel.ServiceLevelEvents.CreditCapChanged;
import com.rolloutplanner.servicelevel.ServiceLevelEvents.ServiceLevelAgreed;
import com.rolloutplanner.servicelevel.ServiceLevelEvents.ServiceLevelRemoved;
import com.rolloutplanner.share.ShareEvents.ShareLinkCreated;
import com.rolloutplanner.share.ShareEvents.ShareLinkFirstOpened;
import com.rolloutplanner.share.ShareEvents.ShareLinkRevoked;
import com.rolloutplanner.steering.SteeringEvents.ActionAdded;
import com.rolloutplanner.steering.SteeringEvents.ActionChanged;
import com.rolloutplanner.steering.SteeringEvents.ActionCompleted;
import com.rolloutplanner.steering.SteeringEvents.ActionReopened;
import com.rolloutplanner.steering.SteeringEvents.CadenceScheduled;
import com.rolloutplanner.steering.SteeringEvents.DecisionRecorded;
import com.rolloutplanner.steering.SteeringEvents.MeetingCancelled;
import com.rolloutplanner.steering.SteeringEvents.MeetingRearranged;
import com.rolloutplanner.steering.SteeringEvents.MeetingScheduled;
import com.rolloutplanner.steering.SteeringEvents.MinutesApprovalsUndone;
import com.rolloutplanner.steering.SteeringEvents.MinutesApproved;
import com.rolloutplanner.steering.SteeringEvents.MinutesChanged;

import static com.rolloutplanner.history.EntryArguments.args;
import static com.rolloutplanner.history.EntryArguments.criteria;
import static com.rolloutplanner.history.EntryArguments.fieldChanges;
import static com.rolloutplanner.history.EntryArguments.label;
import static com.rolloutplanner.history.EntryArguments.meeting;
import static com.rolloutplanner.history.EntryArguments.recorded;
import static com.rolloutplanner.history.EntryArguments.recordedKeys;
import static com.rolloutplanner.history.EntryArguments.termChanged;
import static com.rolloutplanner.history.EntryArguments.value;
import static com.rolloutplanner.history.HistoryArgument.date;
import static com.rolloutplanner.history.HistoryArgument.message;
import static com.rolloutplanner.history.HistoryArgument.number;
import static com.rolloutplanner.history.HistoryArgument.text;

/**
 * How the history records each kind of change to an engagement: per event type, the
 * message keys it may use and the entries (key, whether marked, typed arguments) it makes
 * of an event ({@link HistoryWording} puts them into words when read). One registry for
 * every module's events; a test holds it to every {@link EngagementChange} type and to
 * both languages.
 */
final class ChangeWording {

	/** One history entry: its message key, whether it is marked, its arguments. */
	record Entry(String key, boolean marked, HistoryArgument... arguments) {
	}

	private final Map<Class<?>, Function<Object, List<Entry>>> words = new HashMap<>();

	private final Map<Class<?>, Set<String>> keys = new HashMap<>();

	private ChangeWording() {
	}

	/** The entries an event makes; none for a change the history leaves out. */
	List<Entry> entries(EngagementChange event) {
		Function<Object, List<Entry>> wording = this.words.get(event.getClass());
		if (wording == null) {
			throw new IllegalStateException("The history has no wording for " + event.getClass().getName());
		}
		return wording.apply(event);
	}

	/** The event types the registry words (or leaves out on purpose). */
	Set<Class<?>> types() {
		return Collections.unmodifiableSet(this.words.keySet());
	}

	/** Every message key the registry may use for the type. */
	Set<String> keys(Class<?> type) {
		return this.keys.getOrDefault(type, Set.of());
	}

	/** A change that makes one entry under one key. */
	private <E extends EngagementChange> ChangeWording word(Class<E> type, String key, boolean marked,
			Function<E, HistoryArgument[]> arguments) {
		return words(type, Set.of(key), (event) -> List.of(new Entry(key, marked, arguments.apply(event))));
	}

	/** A change that makes any number of entries under the keys given. */
	@SuppressWarnings("unchecked")
	private <E extends EngagementChange> ChangeWording words(Class<E> type, Set<String> keys,
			Function<E, List<Entry>> entries) {
		this.words.put(type, (event) -> entries.apply((E) event));
		this.keys.put(type, keys);
		return this;
	}

	/** A change the history leaves out (it shows in the entries of other changes). */
	private ChangeWording silent(Class<? extends EngagementChange> type) {
		return words(type, Set.of(), (event) -> List.of());
	}

	static ChangeWording standard() {
		return new ChangeWording()
			// The engagement itself
			.word(EngagementCreated.class, "history.entry.engagementCreated", false, (e) -> args(text(e.name())))
			.words(EngagementChanged.class,
					Set.of("history.entry.fieldChanged", "history.entry.goalAdded", "history.entry.goalRemoved",
							"history.entry.goalChanged"),
					(e) -> e.changes().stream().map(EntryArguments::termChanged).toList())
			.words(GoLiveMoved.class, Set.of("history.entry.goLiveLater", "history.entry.goLiveEarlier"),
					(e) -> List
						.of(new Entry((e.days() > 0) ? "history.entry.goLiveLater" : "history.entry.goLiveEarlier",
								true, date(e.from()), date(e.to()), number(Math.abs(e.days())))))
			.word(GoalMovedLater.class, "history.entry.goalMovedLater", true,
					(e) -> args(value(e.goal()), number(e.fromMonth()), number(e.toMonth())))
			.word(EngagementDeleted.class, "history.entry.engagementDeleted", true,
					(e) -> args(text(e.name()), text(e.clientName()), text(e.partnerName())))
			.word(ProposalChosen.class, "history.entry.proposalChosen", false, (e) -> args(number(e.othersClosed())))
			.word(ProposalNotChosen.class, "history.entry.proposalNotChosen", true,
					(e) -> args(text(e.chosenPartner())))
			.word(ProposalSigned.class, "history.entry.proposalSigned", false, (e) -> args())
			// The pulse: the side only, never who answered
			.word(PulseAnswered.class, "history.entry.pulseAnswered", false,
					(e) -> args(value(e.side()), HistoryArgument.number(e.month())))
			// The log of issues
			.words(IssueRaised.class, Set.of("history.entry.issueRaised"),
					(e) -> List.of(new Entry("history.entry.issueRaised", e.severity() == IssueSeverity.CRITICAL,
							value(e.raisedSide()), value(e.ownerSide()), text(e.title()), value(e.severity()))))
			.words(IssueResponded.class, Set.of("history.entry.issueResponded", "history.entry.issueRespondedLate"),
					(e) -> List
						.of(new Entry(e.late() ? "history.entry.issueRespondedLate" : "history.entry.issueResponded",
								e.late(), value(e.side()), text(e.title()))))
			.word(IssueResolved.class, "history.entry.issueResolved", false, (e) -> args(text(e.title())))
			.word(IssueEscalated.class, "history.entry.issueEscalated", true,
					(e) -> args(value(e.tier()), text(e.title()), value(e.ownerSide())))
			.words(ResponseTimesChanged.class,
					Set.of("history.entry.responseTimeChanged.hours", "history.entry.responseTimeChanged.days"),
					(e) -> e.changes()
						.stream()
						.map((c) -> (c.after().hours() > 0)
								? new Entry("history.entry.responseTimeChanged.hours", false, value(c.severity()),
										number(c.before().hours()), number(c.after().hours()))
								: new Entry("history.entry.responseTimeChanged.days", false, value(c.severity()),
										number(c.before().workingDays()), number(c.after().workingDays())))
						.toList())
			.word(RiskAdded.class, "history.entry.riskAdded", false,
					(e) -> args(text(e.title()), number(e.likelihood()), number(e.impact()), value(e.ownerSide())))
			.words(RiskChanged.class, Set.of("history.entry.riskChanged"),
					(e) -> fieldChanges("history.entry.riskChanged", e.changes(), text(e.title())))
			.word(RiskHappened.class, "history.entry.riskHappened", true, (e) -> args(text(e.title())))
			.word(ChangeRequested.class, "history.entry.changeRequested", false,
					(e) -> args(value(e.side()), value(e.area()), text(e.title())))
			.words(ChangeDecided.class,
					Set.of("history.entry.changeApproved", "history.entry.changeApprovedTerms",
							"history.entry.changeRejected"),
					(e) -> List.of(new Entry(
							!e.approved() ? "history.entry.changeRejected"
									: e.touchesTerms() ? "history.entry.changeApprovedTerms"
											: "history.entry.changeApproved",
							e.approved() && e.touchesTerms(), text(e.title()))))
			// Commitments
			.word(GateSigned.class, "history.entry.gateSigned", false, (e) -> args(value(e.gate()), value(e.side())))
			.words(GateCriteriaChanged.class,
					Set.of("history.entry.gateCriteriaChanged", "history.entry.gateCriteriaChangedSignOffsUndone"),
					(e) -> List.of(new Entry(
							e.signOffsUndone() ? "history.entry.gateCriteriaChangedSignOffsUndone"
									: "history.entry.gateCriteriaChanged",
							e.signOffsUndone(), value(e.gate()), criteria(e.before()), criteria(e.after()))))
			.word(AnnexSigned.class, "history.entry.annexSigned", false,
					(e) -> args(value(e.side()), HistoryArgument.number(e.version())))
			// KPIs
			.word(KpiAdded.class, "history.entry.kpiAdded", false, (e) -> args(text(e.name())))
			.words(KpiChanged.class, Set.of("history.entry.kpiChanged", "history.entry.kpiTargetLowered"),
					(e) -> e.changes().stream().map((change) -> {
						boolean lowered = e.targetLowered() && change.field().equals("kpi.target");
						return new Entry(lowered ? "history.entry.kpiTargetLowered" : "history.entry.kpiChanged",
								lowered, text(e.name()), label(change.field()), value(change.before()),
								value(change.after()));
					}).toList())
			.word(KpiRemoved.class, "history.entry.kpiRemoved", false, (e) -> args(text(e.name())))
			.words(KpiActualRecorded.class, recordedKeys("history.entry.kpiActual"),
					(e) -> recorded("history.entry.kpiActual", e.before(), text(e.name()), number(e.month()),
							number(e.value()), text(e.unit())))
			.word(KpiActualsImported.class, "history.entry.kpiImported", false, (e) -> args(number(e.count())))
			// The business case
			.word(BusinessCaseCreated.class, "history.entry.businessCaseCreated", false, (e) -> args())
			.words(BusinessCaseChanged.class, Set.of("history.entry.businessCaseChanged"),
					(e) -> fieldChanges("history.entry.businessCaseChanged", e.changes()))
			.words(CostActualRecorded.class, recordedKeys("history.entry.costActual"),
					(e) -> recorded("history.entry.costActual", e.beforeCost(), number(e.month()), number(e.cost()),
							number(e.benefit()), text(e.currency())))
			.word(CostActualRemoved.class, "history.entry.costActualRemoved", false, (e) -> args(number(e.month())))
			.word(CostActualsImported.class, "history.entry.costImported", false, (e) -> args(number(e.count())))
			// Service levels
			.word(ServiceLevelAgreed.class, "history.entry.serviceLevelAgreed", false,
					(e) -> args(text(e.kpiName()), text(e.steps()), number(e.creditPercent()),
							number(e.earnBackMonths())))
			.word(ServiceLevelRemoved.class, "history.entry.serviceLevelRemoved", true, (e) -> args(text(e.kpiName())))
			.word(CreditCapChanged.class, "history.entry.creditCapChanged", false,
					(e) -> args(number(e.fromPercent()), number(e.toPercent())))
			// Steering
			.word(MeetingScheduled.class, "history.entry.meetingScheduled", false,
					(e) -> meeting(e.kind(), e.startsAt(), true))
			.word(CadenceScheduled.class, "history.entry.cadenceScheduled", false,
					(e) -> args(number(e.count()), date(e.from()), date(e.until())))
			.word(MeetingRearranged.class, "history.entry.meetingRearranged", false,
					(e) -> meeting(e.kind(), e.startsAt(), true))
			.word(MeetingCancelled.class, "history.entry.meetingCancelled", false,
					(e) -> meeting(e.kind(), e.startsAt(), true))
			.word(DecisionRecorded.class, "history.entry.decisionRecorded", false,
					(e) -> args(text(e.text()), text(e.decidedBy())))
			.word(ActionAdded.class, "history.entry.actionAdded", false,
					(e) -> args(text(e.title()), date(e.dueDate())))
			.silent(ActionChanged.class)
			.word(ActionCompleted.class, "history.entry.actionCompleted", false, (e) -> args(text(e.title())))
			.word(ActionReopened.class, "history.entry.actionReopened", false, (e) -> args(text(e.title())))
			.word(MinutesApproved.class, "history.entry.minutesApproved", false,
					(e) -> args(message("meeting.kind." + e.kind()), date(e.startsAt().toLocalDate()), value(e.side())))
			.word(MinutesApprovalsUndone.class, "history.entry.minutesApprovalsUndone", true,
					(e) -> meeting(e.kind(), e.startsAt(), false))
			.silent(MinutesChanged.class)
			// Roadmap
			.word(RoadmapItemAdded.class, "history.entry.roadmapAdded", false,
					(e) -> args(text(e.title()), date(e.dueDate())))
			.words(RoadmapItemChanged.class, Set.of("history.entry.roadmapChanged"),
					(e) -> fieldChanges("history.entry.roadmapChanged", e.changes(), text(e.title())))
			.word(RoadmapItemRemoved.class, "history.entry.roadmapRemoved", false, (e) -> args(text(e.title())))
			// Flags
			.word(FlagAcknowledged.class, "history.entry.flagAcknowledged", false,
					(e) -> args(message("flag." + e.code() + ".title"), text(e.reason())))
			.word(AcknowledgementWithdrawn.class, "history.entry.flagWithdrawn", false,
					(e) -> args(message("flag." + e.code() + ".title")))
			// Sharing and reports
			.words(ShareLinkCreated.class,
					Set.of("history.entry.shareCreatedUntilRevoked", "history.entry.shareCreated"),
					(e) -> List.of((e.expiresOn() == null)
							? new Entry("history.entry.shareCreatedUntilRevoked", false, text(e.label()))
							: new Entry("history.entry.shareCreated", false, text(e.label()), date(e.expiresOn()))))
			.word(ShareLinkRevoked.class, "history.entry.shareRevoked", false, (e) -> args(text(e.label())))
			.silent(ShareLinkFirstOpened.class)
			.word(ReportArchived.class, "history.entry.reportArchived", false,
					(e) -> args(date(e.asOf()), message("language." + e.language())))
			.word(MinutesArchived.class, "history.entry.minutesArchived", false,
					(e) -> args(message("meeting.kind." + e.meetingKind()), date(e.held()),
							message("language." + e.language())));
	}

}
