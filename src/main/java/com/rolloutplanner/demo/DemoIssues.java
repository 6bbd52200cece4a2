package com.rolloutplanner.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.account.CurrentUser;
import com.rolloutplanner.engagement.Engagement;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.Side;
import com.rolloutplanner.issue.Escalations;
import com.rolloutplanner.issue.IssueSeverity;
import com.rolloutplanner.issue.IssueView;
import com.rolloutplanner.issue.Issues;
import com.rolloutplanner.changerequest.ChangeArea;
import com.rolloutplanner.changerequest.ChangeRequestView;
import com.rolloutplanner.changerequest.ChangeRequests;
import com.rolloutplanner.changerequest.ChangeTerms;
import com.rolloutplanner.risk.RiskTerms;
import com.rolloutplanner.risk.RiskView;
import com.rolloutplanner.risk.Risks;

/**
 * The issues of the demo's journeys, telling the same story as their KPIs and pulse: the
 * Finnish customer service, prepared for the dip, answers its issues in time; the billing
 * back office, which expected a quick win, let a critical issue go unanswered until the
 * steering group has it; the Swedish market support (the watermelon) answered the client
 * late.
 */
@Component
class DemoIssues {

	private final Engagements engagements;

	private final Issues issues;

	private final Escalations escalations;

	private final Risks risks;

	private final ChangeRequests changes;

	DemoIssues(Engagements engagements, Issues issues, Escalations escalations, Risks risks, ChangeRequests changes) {
		this.risks = risks;
		this.changes = changes;
		this.engagements = engagements;
		this.issues = issues;
		this.escalations = escalations;
	}

	void addTo(Instant now, LocalDate today) {
		Map<String, Engagement> byName = new java.util.HashMap<>();
		this.engagements.readAll(Access.toEverything(), (e) -> e).forEach((e) -> byName.put(e.getName(), e));
		Engagement finland = byName.get("Customer service Finland");
		if (finland != null) {
			IssueView articles = raise(finland, Side.PARTNER, Side.CLIENT, IssueSeverity.MEDIUM,
					"Knowledge base articles for the new tariff missing",
					"Agents answer tariff questions from memory; three different answers heard in one day.",
					now.minus(Duration.ofDays(10)));
			this.issues.respond(finland.getId(), articles.id(),
					"Our product team writes the six articles this week; a draft list is in the shared folder.",
					manager(finland, Side.CLIENT), now.minus(Duration.ofDays(9)));
			this.issues.resolve(finland.getId(), articles.id(),
					"Articles published and walked through in the " + "weekly joint review.",
					manager(finland, Side.PARTNER), now.minus(Duration.ofDays(5)));
			raise(finland, Side.PARTNER, Side.CLIENT, IssueSeverity.LOW, "Holiday opening hours not yet confirmed",
					null, now.minus(Duration.ofHours(20)));
		}
		Engagement billing = byName.get("Billing back office");
		if (billing != null) {
			raise(billing, Side.CLIENT, Side.PARTNER, IssueSeverity.CRITICAL,
					"Disputed invoices wait unanswered in the start-up queue",
					"Customers call back about disputes sent a week ago; the queue has no owner on the late shift.",
					now.minus(Duration.ofHours(6)));
		}
		Engagement swedish = byName.get("Swedish market support");
		if (swedish != null) {
			IssueView callbacks = raise(swedish, Side.CLIENT, Side.PARTNER, IssueSeverity.HIGH,
					"Promised call-backs not made",
					"Customers tell our shops they were promised a call-back " + "that never came.",
					now.minus(Duration.ofDays(20)));
			this.issues.respond(swedish.getId(), callbacks.id(),
					"The call-back list was not handed over between shifts; a shared list is in use from today.",
					manager(swedish, Side.PARTNER), now.minus(Duration.ofDays(14)));
			this.issues.resolve(swedish.getId(), callbacks.id(), "No missed call-backs for two weeks.",
					manager(swedish, Side.CLIENT), now.minus(Duration.ofDays(1)));
		}
		if (finland != null) {
			// A risk reviewed, and one that happened.
			this.risks.add(finland.getId(),
					new RiskTerms("Peak of tariff calls when the new prices start", 4, 4, Side.PARTNER,
							"Ten extra agents trained by the price change; call-back offered at peaks.",
							today.plusDays(10), null),
					manager(finland, Side.PARTNER));
			RiskView attrition = this.risks.add(finland.getId(),
					new RiskTerms("New agents leave during start-up", 3, 4, Side.PARTNER,
							"Buddy for each new agent; weekly check-ins in the first two months.", today.minusDays(2),
							null),
					manager(finland, Side.PARTNER));
			this.risks.happened(finland.getId(), attrition.id(), IssueSeverity.HIGH, Side.PARTNER,
					manager(finland, Side.CLIENT));
			// A change asked for before the latest meeting and approved there.
			ChangeRequestView weekend = this.changes.request(finland.getId(),
					new ChangeTerms(ChangeArea.CHANNEL, "Chat open on Saturdays",
							"Customers ask for chat on Saturdays; phone stays weekdays only.",
							"About 3,000 € a month for two agents", "From next month",
							"Chat share up, phone queue on Mondays down"),
					manager(finland, Side.CLIENT), now.minus(Duration.ofDays(12)));
			this.changes.decisionsOffered(finland.getId(), Access.toEverything())
				.stream()
				.filter((d) -> d.text().equals(DemoMeetings.CHANGE_DECIDED.get(finland.getName())))
				.findFirst()
				.ifPresent((d) -> this.changes.decide(finland.getId(), weekend.id(), d.id(), true,
						manager(finland, Side.CLIENT), now.minus(Duration.ofDays(6))));
			// One waiting for the next meeting.
			this.changes.request(finland.getId(),
					new ChangeTerms(ChangeArea.KPI_TARGET, "First-contact resolution target from 75 % to 80 %", null,
							null, "From month 9", "Fewer repeat contacts"),
					manager(finland, Side.CLIENT), now.minus(Duration.ofDays(2)));
		}
		// The escalations that have come are told (quietly, like the rest of the demo).
		this.escalations.run();
	}

	private IssueView raise(Engagement engagement, Side by, Side owner, IssueSeverity severity, String title,
			String description, Instant at) {
		return this.issues.raise(engagement.getId(), title, description, severity, owner, manager(engagement, by), at);
	}

	private static CurrentUser manager(Engagement engagement, Side side) {
		return DemoPlans.manager((side == Side.CLIENT) ? engagement.getClient() : engagement.getPartner());
	}

}
