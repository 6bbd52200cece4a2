package com.rolloutplanner.history;

import static com.rolloutplanner.history.HistoryArgument.date;
import static com.rolloutplanner.history.HistoryArgument.message;
import static com.rolloutplanner.history.HistoryArgument.number;
import static com.rolloutplanner.history.HistoryArgument.text;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.rolloutplanner.account.AccountEvents.LoginUnlocked;
import com.rolloutplanner.account.AccountEvents.PasswordReset;
import com.rolloutplanner.account.AccountEvents.UserActivityChanged;
import com.rolloutplanner.account.AccountEvents.UserCreated;
import com.rolloutplanner.commitments.CommitmentEvents.CharterSigned;
import com.rolloutplanner.commitments.CommitmentEvents.GateCriteriaChanged;
import com.rolloutplanner.commitments.CommitmentEvents.GateSigned;
import com.rolloutplanner.engagement.EngagementEvents.EngagementChanged;
import com.rolloutplanner.engagement.EngagementEvents.EngagementCreated;
import com.rolloutplanner.engagement.EngagementEvents.EngagementDeleted;
import com.rolloutplanner.engagement.EngagementEvents.GoLiveMoved;
import com.rolloutplanner.engagement.EngagementEvents.GoalMovedLater;
import com.rolloutplanner.engagement.FieldChange;
import com.rolloutplanner.engagement.FieldChange.GoalTarget;
import com.rolloutplanner.kpi.KpiEvents.KpiActualRecorded;
import com.rolloutplanner.kpi.KpiEvents.KpiActualsImported;
import com.rolloutplanner.kpi.KpiEvents.KpiAdded;
import com.rolloutplanner.kpi.KpiEvents.KpiChanged;
import com.rolloutplanner.kpi.KpiEvents.KpiRemoved;
import com.rolloutplanner.organisation.OrganisationEvents.OrganisationCreated;
import com.rolloutplanner.organisation.OrganisationEvents.OrganisationRenamed;
import com.rolloutplanner.quickwin.QuickWinEvents.AcknowledgementWithdrawn;
import com.rolloutplanner.quickwin.QuickWinEvents.FlagAcknowledged;
import com.rolloutplanner.report.ReportEvents.MinutesArchived;
import com.rolloutplanner.businesscase.BusinessCaseEvents.BusinessCaseChanged;
import com.rolloutplanner.businesscase.BusinessCaseEvents.BusinessCaseCreated;
import com.rolloutplanner.businesscase.BusinessCaseEvents.CostActualRecorded;
import com.rolloutplanner.businesscase.BusinessCaseEvents.CostActualRemoved;
import com.rolloutplanner.businesscase.BusinessCaseEvents.CostActualsImported;
import com.rolloutplanner.report.ReportEvents.ReportArchived;
import com.rolloutplanner.roadmap.RoadmapEvents.RoadmapItemAdded;
import com.rolloutplanner.roadmap.RoadmapEvents.RoadmapItemChanged;
import com.rolloutplanner.roadmap.RoadmapEvents.RoadmapItemRemoved;
import com.rolloutplanner.share.ShareEvents.ShareLinkCreated;
import com.rolloutplanner.steering.SteeringEvents.ActionAdded;
import com.rolloutplanner.steering.SteeringEvents.ActionCompleted;
import com.rolloutplanner.steering.SteeringEvents.ActionReopened;
import com.rolloutplanner.steering.SteeringEvents.CadenceScheduled;
import com.rolloutplanner.steering.SteeringEvents.DecisionRecorded;
import com.rolloutplanner.steering.SteeringEvents.MeetingCancelled;
import com.rolloutplanner.steering.SteeringEvents.MeetingRearranged;
import com.rolloutplanner.steering.SteeringEvents.MeetingScheduled;
import com.rolloutplanner.steering.SteeringEvents.MinutesApprovalsUndone;
import com.rolloutplanner.steering.SteeringEvents.MinutesApproved;
import com.rolloutplanner.share.ShareEvents.ShareLinkRevoked;

/**
 * Turns every module's change events into history entries: a message key per kind of
 * change and typed arguments, put into words in the reader's language when read. Each
 * listener runs before the change's transaction commits, in that transaction.
 */
@Component
class HistoryListeners {

	/** The message-key prefix of each enum's labels. */
	private static final Map<String, String> ENUM_LABELS = Map.ofEntries(Map.entry("ContractModel", "contractModel."),
			Map.entry("ServiceChannel", "channel."), Map.entry("GoalType", "goalType."), Map.entry("Side", "side."),
			Map.entry("OwnerSide", "side."), Map.entry("ItemStatus", "status."), Map.entry("GateType", "gate."),
			Map.entry("KpiKind", "kpiKind."), Map.entry("Direction", "direction."), Map.entry("Role", "role."));

	private final HistoryRecorder history;

	HistoryListeners(HistoryRecorder history) {
		this.history = history;
	}

	// The engagement itself

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(EngagementCreated event) {
		this.history.named(event.engagementId(), event.name(), event.actor(), "history.entry.engagementCreated", false,
				text(event.name()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(EngagementChanged event) {
		String name = this.history.nameOf(event.engagementId());
		for (FieldChange change : event.changes()) {
			if (change.before() instanceof GoalTarget || change.after() instanceof GoalTarget) {
				goal(event.engagementId(), event.actor(), (GoalTarget) change.before(), (GoalTarget) change.after());
			}
			else {
				this.history.named(event.engagementId(), name, event.actor(), "history.entry.fieldChanged", false,
						label(change.field()), value(change.before()), value(change.after()));
			}
		}
	}

	private void goal(Long engagementId, String actor, GoalTarget before, GoalTarget after) {
		if (before == null) {
			this.history.engagement(engagementId, actor, "history.entry.goalAdded", false, value(after.type()),
					number(after.month()), text(after.description()));
		}
		else if (after == null) {
			this.history.engagement(engagementId, actor, "history.entry.goalRemoved", true, value(before.type()));
		}
		else {
			this.history.engagement(engagementId, actor, "history.entry.goalChanged", false, value(after.type()),
					number(before.month()), number(after.month()), text(before.description()),
					text(after.description()));
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(GoLiveMoved event) {
		long days = event.days();
		this.history.engagement(event.engagementId(), event.actor(),
				(days > 0) ? "history.entry.goLiveLater" : "history.entry.goLiveEarlier", true, date(event.from()),
				date(event.to()), number(Math.abs(days)));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(GoalMovedLater event) {
		this.history.engagement(event.engagementId(), event.actor(), "history.entry.goalMovedLater", true,
				value(event.goal()), number(event.fromMonth()), number(event.toMonth()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(EngagementDeleted event) {
		this.history.named(event.engagementId(), event.name(), event.actor(), "history.entry.engagementDeleted", true,
				text(event.name()), text(event.clientName()), text(event.partnerName()));
	}

	// Commitments

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(GateSigned event) {
		this.history.engagement(event.engagementId(), event.actor(), "history.entry.gateSigned", false,
				value(event.gate()), value(event.side()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(GateCriteriaChanged event) {
		this.history.engagement(event.engagementId(), event.actor(),
				event.signOffsUndone() ? "history.entry.gateCriteriaChangedSignOffsUndone"
						: "history.entry.gateCriteriaChanged",
				event.signOffsUndone(), value(event.gate()), criteria(event.before()), criteria(event.after()));
	}

	private static HistoryArgument criteria(String criteria) {
		return (criteria != null) ? text(criteria) : message("history.recommendedCriteria");
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(CharterSigned event) {
		this.history.engagement(event.engagementId(), event.actor(), "history.entry.charterSigned", false,
				value(event.side()));
	}

	// KPIs

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(KpiAdded event) {
		this.history.engagement(event.engagementId(), event.actor(), "history.entry.kpiAdded", false,
				text(event.name()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(KpiChanged event) {
		String engagement = this.history.nameOf(event.engagementId());
		for (FieldChange change : event.changes()) {
			boolean lowered = event.targetLowered() && change.field().equals("kpi.target");
			this.history.named(event.engagementId(), engagement, event.actor(),
					lowered ? "history.entry.kpiTargetLowered" : "history.entry.kpiChanged", lowered,
					text(event.name()), label(change.field()), value(change.before()), value(change.after()));
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(KpiRemoved event) {
		this.history.engagement(event.engagementId(), event.actor(), "history.entry.kpiRemoved", false,
				text(event.name()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(KpiActualRecorded event) {
		if (event.before() == null) {
			this.history.engagement(event.engagementId(), event.actor(), "history.entry.kpiActual", false,
					text(event.name()), number(event.month()), number(event.value()), text(event.unit()));
		}
		else {
			this.history.engagement(event.engagementId(), event.actor(), "history.entry.kpiActualReplaced", false,
					text(event.name()), number(event.month()), number(event.value()), text(event.unit()),
					number(event.before()));
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(KpiActualsImported event) {
		this.history.engagement(event.engagementId(), event.actor(), "history.entry.kpiImported", false,
				number(event.count()));
	}

	// The business case

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(BusinessCaseCreated event) {
		this.history.engagement(event.engagementId(), event.actor(), "history.entry.businessCaseCreated", false);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(BusinessCaseChanged event) {
		String engagement = this.history.nameOf(event.engagementId());
		for (FieldChange change : event.changes()) {
			this.history.named(event.engagementId(), engagement, event.actor(), "history.entry.businessCaseChanged",
					false, label(change.field()), value(change.before()), value(change.after()));
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(CostActualRecorded event) {
		if (event.beforeCost() == null) {
			this.history.engagement(event.engagementId(), event.actor(), "history.entry.costActual", false,
					number(event.month()), number(event.cost()), number(event.benefit()), text(event.currency()));
		}
		else {
			this.history.engagement(event.engagementId(), event.actor(), "history.entry.costActualReplaced", false,
					number(event.month()), number(event.cost()), number(event.benefit()), text(event.currency()),
					number(event.beforeCost()));
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(CostActualRemoved event) {
		this.history.engagement(event.engagementId(), event.actor(), "history.entry.costActualRemoved", false,
				number(event.month()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(CostActualsImported event) {
		this.history.engagement(event.engagementId(), event.actor(), "history.entry.costImported", false,
				number(event.count()));
	}

	// Steering

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(MeetingScheduled event) {
		this.history.engagement(event.engagementId(), event.actor(), "history.entry.meetingScheduled", false,
				message("meeting.kind." + event.kind()), date(event.startsAt().toLocalDate()),
				text(time(event.startsAt())));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(CadenceScheduled event) {
		this.history.engagement(event.engagementId(), event.actor(), "history.entry.cadenceScheduled", false,
				number(event.count()), date(event.from()), date(event.until()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(MeetingRearranged event) {
		this.history.engagement(event.engagementId(), event.actor(), "history.entry.meetingRearranged", false,
				message("meeting.kind." + event.kind()), date(event.startsAt().toLocalDate()),
				text(time(event.startsAt())));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(MeetingCancelled event) {
		this.history.engagement(event.engagementId(), event.actor(), "history.entry.meetingCancelled", false,
				message("meeting.kind." + event.kind()), date(event.startsAt().toLocalDate()),
				text(time(event.startsAt())));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(DecisionRecorded event) {
		this.history.engagement(event.engagementId(), event.actor(), "history.entry.decisionRecorded", false,
				text(event.text()), text(event.decidedBy()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ActionAdded event) {
		this.history.engagement(event.engagementId(), event.actor(), "history.entry.actionAdded", false,
				text(event.title()), date(event.dueDate()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ActionCompleted event) {
		this.history.engagement(event.engagementId(), event.actor(), "history.entry.actionCompleted", false,
				text(event.title()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ActionReopened event) {
		this.history.engagement(event.engagementId(), event.actor(), "history.entry.actionReopened", false,
				text(event.title()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(MinutesApproved event) {
		this.history.engagement(event.engagementId(), event.actor(), "history.entry.minutesApproved", false,
				message("meeting.kind." + event.kind()), date(event.startsAt().toLocalDate()), value(event.side()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(MinutesApprovalsUndone event) {
		this.history.engagement(event.engagementId(), event.actor(), "history.entry.minutesApprovalsUndone", true,
				message("meeting.kind." + event.kind()), date(event.startsAt().toLocalDate()));
	}

	private static String time(java.time.LocalDateTime startsAt) {
		return String.format("%02d:%02d", startsAt.getHour(), startsAt.getMinute());
	}

	// Roadmap

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(RoadmapItemAdded event) {
		this.history.engagement(event.engagementId(), event.actor(), "history.entry.roadmapAdded", false,
				text(event.title()), date(event.dueDate()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(RoadmapItemChanged event) {
		String engagement = this.history.nameOf(event.engagementId());
		for (FieldChange change : event.changes()) {
			this.history.named(event.engagementId(), engagement, event.actor(), "history.entry.roadmapChanged", false,
					text(event.title()), label(change.field()), value(change.before()), value(change.after()));
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(RoadmapItemRemoved event) {
		this.history.engagement(event.engagementId(), event.actor(), "history.entry.roadmapRemoved", false,
				text(event.title()));
	}

	// Flags

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(FlagAcknowledged event) {
		this.history.engagement(event.engagementId(), event.actor(), "history.entry.flagAcknowledged", false,
				message("flag." + event.code() + ".title"), text(event.reason()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(AcknowledgementWithdrawn event) {
		this.history.engagement(event.engagementId(), event.actor(), "history.entry.flagWithdrawn", false,
				message("flag." + event.code() + ".title"));
	}

	// Sharing and reports

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ShareLinkCreated event) {
		if (event.expiresOn() == null) {
			this.history.engagement(event.engagementId(), event.actor(), "history.entry.shareCreatedUntilRevoked",
					false, text(event.label()));
		}
		else {
			this.history.engagement(event.engagementId(), event.actor(), "history.entry.shareCreated", false,
					text(event.label()), date(event.expiresOn()));
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ShareLinkRevoked event) {
		this.history.engagement(event.engagementId(), event.actor(), "history.entry.shareRevoked", false,
				text(event.label()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(ReportArchived event) {
		this.history.engagement(event.engagementId(), event.actor(), "history.entry.reportArchived", false,
				date(event.asOf()), message("language." + event.language()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(MinutesArchived event) {
		this.history.engagement(event.engagementId(), event.actor(), "history.entry.minutesArchived", false,
				message("meeting.kind." + event.meetingKind()), date(event.held()),
				message("language." + event.language()));
	}

	// Administration

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(UserCreated event) {
		this.history.administration(event.actor(), "history.entry.userCreated", text(event.username()),
				text(event.displayName()), text(event.organisationName()), value(event.role()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(UserActivityChanged event) {
		this.history.administration(event.actor(),
				event.active() ? "history.entry.userReactivated" : "history.entry.userDeactivated",
				text(event.username()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(PasswordReset event) {
		this.history.administration(event.actor(), "history.entry.passwordReset", text(event.username()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(LoginUnlocked event) {
		this.history.administration(event.actor(), "history.entry.loginUnlocked", text(event.username()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(OrganisationCreated event) {
		this.history.administration(event.actor(), "history.entry.organisationCreated", text(event.name()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(OrganisationRenamed event) {
		this.history.administration(event.actor(), "history.entry.organisationRenamed", text(event.from()),
				text(event.to()));
	}

	private static HistoryArgument label(String field) {
		return message("history.field." + field);
	}

	/** A typed value of a changed field as an argument. */
	static HistoryArgument value(Object value) {
		if (value == null) {
			return message("history.none");
		}
		if (value instanceof Enum<?> constant) {
			return message(enumLabel(constant));
		}
		if (value instanceof Set<?> set) {
			return HistoryArgument.messages(set.stream()
				.map((element) -> enumLabel((Enum<?>) element))
				.collect(Collectors.toCollection(java.util.LinkedHashSet::new)));
		}
		if (value instanceof java.time.LocalDate day) {
			return date(day);
		}
		if (value instanceof Number amount) {
			return number(amount);
		}
		if (value instanceof Boolean yes) {
			return message(yes ? "history.yes" : "history.no");
		}
		return text(value.toString());
	}

	private static String enumLabel(Enum<?> constant) {
		String prefix = ENUM_LABELS.get(constant.getDeclaringClass().getSimpleName());
		if (prefix == null) {
			throw new IllegalArgumentException("No labels for " + constant.getDeclaringClass());
		}
		return prefix + constant.name();
	}

}
