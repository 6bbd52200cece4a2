package com.rolloutplanner.notification;

import com.rolloutplanner.subscription.NotificationKind;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.rolloutplanner.commitments.CommitmentEvents.AnnexSigned;
import com.rolloutplanner.commitments.CommitmentEvents.GateSigned;
import com.rolloutplanner.engagement.Parties;
import com.rolloutplanner.engagement.Side;
import com.rolloutplanner.kpi.KpiEvents.KpiActualRecorded;
import com.rolloutplanner.kpi.KpiEvents.KpiActualsImported;
import com.rolloutplanner.quickwin.FlagRaised;
import com.rolloutplanner.issue.IssueEvents.IssueEscalated;
import com.rolloutplanner.issue.IssueEvents.IssueRaised;
import com.rolloutplanner.quickwin.Severity;
import com.rolloutplanner.share.ShareEvents.ShareLinkFirstOpened;
import com.rolloutplanner.steering.SteeringEvents.ActionAdded;
import com.rolloutplanner.steering.SteeringEvents.ActionChanged;
import com.rolloutplanner.steering.SteeringEvents.MinutesApproved;

/**
 * The changes that notify someone: a signature or approval one side gave and the other
 * still owes, minutes both sides approved, an action given to someone, a KPI actual below
 * its band, a new critical flag, an issue raised for a side and its escalations, a share
 * link opened for the first time. Each is heard after the change has committed, never
 * inside it, on a thread and in a transaction of its own; Spring Modulith's event
 * publication registry keeps the change in {@code event_publication} from its own
 * transaction until the mails are in the outbox, and runs what was left undone again at
 * the next start. Changes made while {@link Notifier#quietly} are not kept and not heard.
 */
@Component
class NotificationTriggers {

	/** Heard unless the change was made quietly (on the thread that made it). */
	static final String SPEAKING = Notifier.SPEAKING;

	private final Notifier notifier;

	/** The product's time zone, in which mails say when something is due. */
	private final java.time.ZoneId zone;

	NotificationTriggers(Notifier notifier, java.time.Clock clock) {
		this.notifier = notifier;
		this.zone = clock.getZone();
	}

	@ApplicationModuleListener(condition = SPEAKING)
	void on(GateSigned event) {
		if (event.complete()) {
			return;
		}
		this.notifier.parties(event.engagementId()).ifPresent((p) -> {
			Text gate = Text.of("gate." + event.gate());
			notify(NotificationKind.SIGN_OFF_WAITING, p, Text.of("mail.signOff.gate.subject", p.name(), gate),
					List.of(Text.of("mail.signOff.gate.line", p.name(), gate, event.actor())),
					"/engagements/" + p.engagementId() + "/gates", this.notifier.side(p, other(event.side())),
					event.actor());
		});
	}

	@ApplicationModuleListener(condition = SPEAKING)
	void on(AnnexSigned event) {
		if (event.complete()) {
			return;
		}
		this.notifier.parties(event.engagementId())
			.ifPresent((p) -> notify(NotificationKind.SIGN_OFF_WAITING, p,
					Text.of("mail.signOff.charter.subject", p.name()),
					List.of(Text.of("mail.signOff.charter.line", p.name(), event.actor(), event.version())),
					"/engagements/" + p.engagementId() + "/annex#signatures",
					this.notifier.side(p, other(event.side())), event.actor()));
	}

	@ApplicationModuleListener(condition = SPEAKING)
	void on(MinutesApproved event) {
		this.notifier.parties(event.engagementId()).ifPresent((p) -> {
			Text meeting = Text.of("meeting.kind." + event.kind());
			String meetingPath = "/engagements/" + p.engagementId() + "/meetings/" + event.meetingId();
			if (event.complete()) {
				String path = meetingPath + "/minutes";
				notify(NotificationKind.MINUTES_APPROVED, p,
						Text.of("mail.minutesApproved.subject", p.name(), meeting, event.startsAt()),
						List.of(Text.of("mail.minutesApproved.line", p.name(), meeting, event.startsAt())), path,
						this.notifier.bothSides(p), event.actor());
			}
			else {
				notify(NotificationKind.SIGN_OFF_WAITING, p,
						Text.of("mail.signOff.minutes.subject", p.name(), meeting, event.startsAt()),
						List.of(Text.of("mail.signOff.minutes.line", p.name(), meeting, event.startsAt(),
								event.actor())),
						meetingPath + "#approvals", this.notifier.side(p, other(event.side())), event.actor());
			}
		});
	}

	@ApplicationModuleListener(condition = SPEAKING)
	void on(ActionAdded event) {
		if (!event.done()) {
			assigned(event.engagementId(), event.actionId(), event.title(), event.dueDate(), event.ownerSide(),
					event.ownerUsername(), event.actor());
		}
	}

	@ApplicationModuleListener(condition = SPEAKING)
	void on(ActionChanged event) {
		if (event.ownerChanged() && !event.done()) {
			assigned(event.engagementId(), event.actionId(), event.title(), event.dueDate(), event.ownerSide(),
					event.ownerUsername(), event.actor());
		}
	}

	private void assigned(Long engagementId, Long actionId, String title, java.time.LocalDate due,
			com.rolloutplanner.roadmap.OwnerSide side, String username, String actor) {
		this.notifier.parties(engagementId).ifPresent((p) -> {
			String line = (username != null) ? "mail.action.line.you" : "mail.action.line.side";
			notify(NotificationKind.ACTION_ASSIGNED, p, Text.of("mail.action.subject", p.name(), title),
					List.of(Text.of(line, p.name(), title, actor, due)),
					"/engagements/" + p.engagementId() + "/actions#action-" + actionId,
					this.notifier.owners(p, side, username), actor);
		});
	}

	@ApplicationModuleListener(condition = SPEAKING)
	void on(KpiActualRecorded event) {
		if (!event.fellBelowBand()) {
			return;
		}
		this.notifier.parties(event.engagementId())
			.ifPresent((p) -> notify(NotificationKind.KPI_BELOW_BAND, p,
					Text.of("mail.kpi.subject", p.name(), event.name()),
					List.of(Text.of("mail.kpi.line", p.name(), event.name(), event.month(), event.value(),
							(event.unit() != null) ? event.unit() : "", event.actor()), Text.of("mail.kpi.hint")),
					"/engagements/" + p.engagementId() + "/kpis", this.notifier.bothSides(p), event.actor()));
	}

	@ApplicationModuleListener(condition = SPEAKING)
	void on(KpiActualsImported event) {
		if (event.fellBelowBand().isEmpty()) {
			return;
		}
		this.notifier.parties(event.engagementId()).ifPresent((p) -> {
			List<Text> lines = new java.util.ArrayList<>();
			lines.add(Text.of("mail.kpi.imported", p.name(), event.count(), event.actor()));
			event.fellBelowBand()
				.stream()
				.limit(20)
				.forEach((b) -> lines.add(Text.of("mail.kpi.importedLine", b.name(), b.month(), b.value(),
						(b.unit() != null) ? b.unit() : "")));
			lines.add(Text.of("mail.kpi.hint"));
			notify(NotificationKind.KPI_BELOW_BAND, p,
					Text.of("mail.kpi.imported.subject", p.name(), event.fellBelowBand().size()), lines,
					"/engagements/" + p.engagementId() + "/kpis", this.notifier.bothSides(p), event.actor());
		});
	}

	/**
	 * Published while the change commits (by the history's flag watch). The critical
	 * flags one change raised come in one mail.
	 */
	@ApplicationModuleListener(condition = SPEAKING)
	void on(FlagRaised event) {
		List<FlagRaised.Raised> critical = event.flags()
			.stream()
			.filter((f) -> f.severity() == Severity.CRITICAL)
			.toList();
		if (critical.isEmpty()) {
			return;
		}
		this.notifier.parties(event.engagementId()).ifPresent((p) -> {
			Text first = Text.of("flag." + critical.get(0).code() + ".title");
			Text subject = (critical.size() == 1) ? Text.of("mail.flag.subject", p.name(), first)
					: Text.of("mail.flags.subject", p.name(), critical.size());
			List<Text> lines = new java.util.ArrayList<>();
			lines.add(Text.of("mail.flag.line", p.name(), critical.size()));
			for (FlagRaised.Raised flag : critical) {
				int tip = flag.code().tip().number();
				lines.add(Text.of("mail.flag.tip", Text.of("flag." + flag.code() + ".title"), tip,
						Text.of("tip." + tip + ".short")));
			}
			notify(NotificationKind.CRITICAL_FLAG, p, subject, lines, "/engagements/" + p.engagementId() + "#flags",
					this.notifier.bothSides(p), event.actor());
		});
	}

	@ApplicationModuleListener(condition = SPEAKING)
	void on(IssueRaised event) {
		this.notifier.parties(event.engagementId())
			.ifPresent((p) -> notify(NotificationKind.ISSUE_RAISED, p,
					Text.of("mail.issue.subject", p.name(), event.title()),
					List.of(Text.of("mail.issue.line", p.name(), event.title(),
							Text.of("issue.severity." + event.severity()), event.actor(),
							java.time.LocalDateTime.ofInstant(event.responseDue(), this.zone))),
					"/engagements/" + p.engagementId() + "/issues/" + event.issueId() + "#respond",
					this.notifier.side(p, event.ownerSide()), event.actor()));
	}

	@ApplicationModuleListener(condition = SPEAKING)
	void on(IssueEscalated event) {
		this.notifier.parties(event.engagementId())
			.ifPresent((p) -> notify(NotificationKind.ISSUE_ESCALATED, p,
					Text.of("mail.escalation.subject", p.name(), Text.of("issue.tier." + event.tier()), event.title()),
					List.of(Text.of("mail.escalation.line." + event.tier(), p.name(), event.title(),
							Text.of("side." + event.ownerSide()), Text.of("issue.severity." + event.severity()))),
					"/engagements/" + p.engagementId() + "/issues/" + event.issueId(), this.notifier.bothSides(p),
					null));
	}

	@ApplicationModuleListener(condition = SPEAKING)
	void on(ShareLinkFirstOpened event) {
		if (event.createdBy() == null) {
			return;
		}
		this.notifier.parties(event.engagementId())
			.ifPresent((p) -> notify(NotificationKind.SHARE_LINK_OPENED, p,
					Text.of("mail.share.subject", p.name(), event.label()),
					List.of(Text.of("mail.share.line", p.name(), event.label())),
					"/engagements/" + p.engagementId() + "/share", this.notifier.member(p, event.createdBy()), null));
	}

	private void notify(NotificationKind kind, Parties parties, Text subject, List<Text> lines, String path,
			List<com.rolloutplanner.account.Recipient> recipients, String actor) {
		this.notifier.notify(new Notice(kind, parties.engagementId(), parties.name(), subject, lines, path,
				kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + UUID.randomUUID()), recipients, actor);
	}

	private static Side other(Side side) {
		return (side == Side.CLIENT) ? Side.PARTNER : Side.CLIENT;
	}

}
