package com.rolloutplanner.webhook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.commitments.CommitmentEvents.AnnexSigned;
import com.rolloutplanner.commitments.CommitmentEvents.GateSigned;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.Parties;
import com.rolloutplanner.issue.IssueEvents.IssueEscalated;
import com.rolloutplanner.issue.IssueEvents.IssueRaised;
import com.rolloutplanner.kpi.KpiEvents.KpiActualRecorded;
import com.rolloutplanner.kpi.KpiEvents.KpiActualsImported;
import com.rolloutplanner.notification.ActionOverdue;
import com.rolloutplanner.notification.Notifier;
import com.rolloutplanner.pulse.PulseEvents.PulseAnswered;
import com.rolloutplanner.pulse.Pulses;
import com.rolloutplanner.quickwin.FlagRaised;
import com.rolloutplanner.steering.SteeringEvents.MinutesApproved;

/**
 * Hears the changes webhooks can be told of, after they commit (each kept in the event
 * publication registry until its deliveries are queued, so none is lost in a stop), and
 * queues a delivery for the webhooks of the engagement's two organisations that chose it.
 * The demo data's quiet changes tell nobody.
 */
@Component
class WebhookTriggers {

	static final String SPEAKING = Notifier.SPEAKING;

	private final Webhooks webhooks;

	private final Engagements engagements;

	private final Pulses pulses;

	private final java.time.Clock clock;

	WebhookTriggers(Webhooks webhooks, Engagements engagements, Pulses pulses, java.time.Clock clock) {
		this.webhooks = webhooks;
		this.engagements = engagements;
		this.pulses = pulses;
		this.clock = clock;
	}

	@ApplicationModuleListener(condition = SPEAKING)
	void on(GateSigned event) {
		queue(WebhookEvent.GATE_SIGNED, event, event.engagementId(),
				fields("gate", event.gate().name(), "side", event.side().name(), "complete", event.complete()));
	}

	@ApplicationModuleListener(condition = SPEAKING)
	void on(AnnexSigned event) {
		queue(WebhookEvent.ANNEX_SIGNED, event, event.engagementId(),
				fields("version", event.version(), "side", event.side().name(), "complete", event.complete()));
	}

	@ApplicationModuleListener(condition = SPEAKING)
	void on(MinutesApproved event) {
		if (event.complete()) {
			queue(WebhookEvent.MINUTES_APPROVED, event, event.engagementId(), fields("meetingId", event.meetingId(),
					"meetingKind", event.kind().name(), "startsAt", event.startsAt().toString()));
		}
	}

	@ApplicationModuleListener(condition = SPEAKING)
	void on(KpiActualRecorded event) {
		if (event.fellBelowBand()) {
			queue(WebhookEvent.KPI_BELOW_BAND, event, event.engagementId(), fields("title", event.name(), "kpiId",
					event.kpiId(), "month", event.month(), "value", event.value(), "unit", event.unit()));
		}
	}

	@ApplicationModuleListener(condition = SPEAKING)
	void on(KpiActualsImported event) {
		for (var below : event.fellBelowBand()) {
			queue(WebhookEvent.KPI_BELOW_BAND, event + ":" + below, event.engagementId(), fields("title", below.name(),
					"month", below.month(), "value", below.value(), "unit", below.unit()));
		}
	}

	@ApplicationModuleListener(condition = SPEAKING)
	void on(FlagRaised event) {
		List<String> critical = event.flags()
			.stream()
			.filter((f) -> f.severity().name().equals("CRITICAL"))
			.map((f) -> f.code().name())
			.toList();
		if (!critical.isEmpty()) {
			queue(WebhookEvent.CRITICAL_FLAG, event, event.engagementId(),
					fields("title", String.join(", ", critical), "flags", critical));
		}
	}

	@ApplicationModuleListener(condition = SPEAKING)
	void on(IssueRaised event) {
		queue(WebhookEvent.ISSUE_RAISED, event, event.engagementId(),
				fields("title", event.title(), "issueId", event.issueId(), "severity", event.severity().name(),
						"ownerSide", event.ownerSide().name(), "responseDue", event.responseDue().toString()));
	}

	@ApplicationModuleListener(condition = SPEAKING)
	void on(IssueEscalated event) {
		queue(WebhookEvent.ISSUE_ESCALATED, event, event.engagementId(), fields("title", event.title(), "issueId",
				event.issueId(), "severity", event.severity().name(), "tier", event.tier().name()));
	}

	@ApplicationModuleListener(condition = SPEAKING)
	void on(ActionOverdue event) {
		queue(WebhookEvent.ACTION_OVERDUE, event, event.engagementId(), fields("title", event.title(), "actionId",
				event.actionId(), "dueDate", event.dueDate().toString(), "ownerSide", event.ownerSide()));
	}

	/**
	 * A side answered the pulse: each finding the pulse shows now is told once per pulse
	 * month.
	 */
	@ApplicationModuleListener(condition = SPEAKING)
	void on(PulseAnswered event) {
		this.engagements.visibleParties(event.engagementId(), Access.toEverything()).ifPresent((p) -> {
			var findings = this.pulses
				.view(event.engagementId(), Access.toEverything(), p.clientId(), null,
						java.time.LocalDate.now(this.clock))
				.findings();
			for (var finding : findings) {
				queue(WebhookEvent.PULSE_FINDING, event.engagementId() + ":" + finding + ":" + event.month(),
						event.engagementId(),
						fields("title", finding.name(), "finding", finding.name(), "month", event.month()));
			}
		});
	}

	private void queue(WebhookEvent type, Object event, Long engagementId, Map<String, Object> fields) {
		Optional<Parties> parties = this.engagements.visibleParties(engagementId, Access.toEverything());
		parties.ifPresent((p) -> this.webhooks.queue(type, event.toString(), engagementId, p.name(),
				List.of(p.clientId(), p.partnerId()), fields));
	}

	private static Map<String, Object> fields(Object... pairs) {
		Map<String, Object> fields = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			fields.put((String) pairs[i], pairs[i + 1]);
		}
		return fields;
	}

}
