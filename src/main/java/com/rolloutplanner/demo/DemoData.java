package com.rolloutplanner.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.rolloutplanner.account.Access;
import com.rolloutplanner.account.Accounts;
import com.rolloutplanner.account.Contacts;
import com.rolloutplanner.account.Role;
import com.rolloutplanner.engagement.ContractModel;
import com.rolloutplanner.engagement.Engagement;
import com.rolloutplanner.engagement.Engagements;
import com.rolloutplanner.engagement.GoalType;
import com.rolloutplanner.engagement.ServiceChannel;
import com.rolloutplanner.organisation.Organisation;
import com.rolloutplanner.organisation.Organisations;
import com.rolloutplanner.quickwin.FlagCode;
import com.rolloutplanner.quickwin.QuickWinAssessor;

/**
 * A living product at first start of the embedded set-up: four organisations, demo logins
 * and engagements in every phase, dated relative to today so the demo never ages. Loads
 * only into an installation without users, only where {@code rollout.demo-data.enabled},
 * and not when {@code rollout.generate} asks for generated data instead.
 */
@Component
@ConditionalOnBooleanProperty("rollout.demo-data.enabled")
@ConditionalOnProperty(name = "rollout.generate", havingValue = "false", matchIfMissing = true)
class DemoData implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	/** The service two partners made proposals for, and their proposals. */
	static final String EMAIL_SERVICE = "E-mail customer care";

	static final String EMAIL_NORDIC = "E-mail care by Nordic Contact Partners";

	static final String EMAIL_HELMI = "E-mail care by Helmi Service";

	static final String PASSWORD = "demo";

	private static final String LOADER = "Demo data";

	private final Accounts accounts;

	private final Contacts contacts;

	private final Organisations organisations;

	private final Engagements engagements;

	private final QuickWinAssessor assessor;

	private final DemoPlans plans;

	private final DemoMeetings meetingsOfDemo;

	private final DemoPulses pulsesOfDemo;

	private final DemoIssues issuesOfDemo;

	private final Clock clock;

	private final TransactionTemplate transactions;

	DemoData(TransactionTemplate transactions, Accounts accounts, Contacts contacts, Organisations organisations,
			Engagements engagements, QuickWinAssessor assessor, DemoPlans plans, DemoMeetings meetingsOfDemo,
			DemoPulses pulsesOfDemo, DemoIssues issuesOfDemo, Clock clock) {
		this.pulsesOfDemo = pulsesOfDemo;
		this.issuesOfDemo = issuesOfDemo;
		this.accounts = accounts;
		this.contacts = contacts;
		this.organisations = organisations;
		this.engagements = engagements;
		this.assessor = assessor;
		this.plans = plans;
		this.meetingsOfDemo = meetingsOfDemo;
		this.clock = clock;
		this.transactions = transactions;
	}

	/**
	 * Before the server accepts its first request: a login in the first seconds finds the
	 * demo users instead of counting as a failure.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		load();
	}

	/** Loads the demo data in one transaction, unless the installation has users. */
	void load() {
		// The journey is recorded afterwards: no one is notified of it, not even when its
		// changes are checked as the transaction commits.
		com.rolloutplanner.notification.Notifier.quietly(() -> {
			this.transactions.executeWithoutResult((status) -> loadNow());
			return null;
		});
	}

	private void loadNow() {
		if (this.accounts.any()) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		Organisation aurora = this.organisations.findOrAdd("Aurora Energy");
		Organisation lumo = this.organisations.findOrAdd("Lumo Retail");
		Organisation nordic = this.organisations.findOrAdd("Nordic Contact Partners");
		Organisation helmi = this.organisations.findOrAdd("Helmi Service");

		this.accounts.createWithPassword("admin", "Ada Admin", nordic, Role.ADMIN, PASSWORD);
		this.accounts.createWithPassword("client.manager", "Kaisa Client", aurora, Role.MANAGER, PASSWORD);
		this.accounts.createWithPassword("partner.manager", "Pekka Partner", nordic, Role.MANAGER, PASSWORD);
		this.accounts.createWithPassword("other.client", "Olli Other", lumo, Role.MANAGER, PASSWORD);

		// Created with one go-live and moved later, so that the history shows a
		// rescheduled go-live.
		Engagement finland = create(finland(aurora, nordic, today.minusDays(40)));
		this.engagements.revise(finland.getId(), finland.getVersion(),
				finland(aurora, nordic, today.minusDays(52)).build(), Access.toEverything(),
				"Kaisa Client (Aurora Energy)");

		create(new DemoTerms("Webshop chat pilot", aurora, nordic, today.minusDays(20)).channels(ServiceChannel.CHAT)
			.contract(ContractModel.PILOT, 4)
			.payback(3)
			.goal(GoalType.SALES_AND_VALUE, 2, "Chat converts 5 % of visitors")
			.description("We expect quick wins and immediate savings from day one."));
		Engagement advice = create(
				new DemoTerms("Energy advice line", aurora, nordic, today.minusMonths(4).minusDays(10))
					.channels(ServiceChannel.PHONE)
					.contract(ContractModel.FIXED_TERM, 12)
					.onboarding(200, null)
					.payback(8)
					.learningPlan("Fortnightly calibration sessions; the dip is reported openly in the steering group.")
					.goal(GoalType.COST_REDUCTION, 5, "Cost per call at the old level")
					.goal(GoalType.SCALABILITY, 12, "Winter peaks handled without overtime"));
		this.assessor.acknowledge(advice.getId(), Access.toEverything(), FlagCode.EARLY_GOAL, "COST_REDUCTION@5",
				"The cost target was fixed in the tender; it is reviewed again in month 6.",
				"Kaisa Client (Aurora Energy)");
		create(new DemoTerms("Billing back office", aurora, nordic, today.minusMonths(7))
			.channels(ServiceChannel.BACK_OFFICE, ServiceChannel.EMAIL)
			.contract(ContractModel.PARTNERSHIP, 24)
			.onboarding(320, 18_000L)
			.payback(9)
			.learningPlan("Shared backlog of billing errors; daily stand-up for the first month.")
			.goal(GoalType.MODERNISATION, 9, "E-invoicing for all customers")
			.description("Ei pikavoittoja: rakennamme yhteistä matkaa."));
		create(new DemoTerms("Outage hotline", aurora, nordic, today.plusDays(45))
			.channels(ServiceChannel.PHONE, ServiceChannel.SOCIAL_MEDIA)
			.contract(ContractModel.PARTNERSHIP, 24)
			.goal(GoalType.SCALABILITY, 6, "Storm peaks answered within 2 minutes"));
		create(new DemoTerms("Swedish market support", aurora, helmi, today.minusMonths(14))
			.channels(ServiceChannel.PHONE, ServiceChannel.EMAIL)
			.contract(ContractModel.PARTNERSHIP, 36)
			.onboarding(600, 45_000L)
			.payback(9)
			.learningPlan("Joint onboarding in Stockholm; monthly reviews of the dip.")
			.goal(GoalType.INTERNATIONALISATION, 12, "Service in Swedish on all channels"));

		create(new DemoTerms("Lumo webshop support", lumo, helmi, today.minusMonths(2))
			.channels(ServiceChannel.CHAT, ServiceChannel.EMAIL)
			.contract(ContractModel.FIXED_TERM, 6)
			.onboarding(80, 5_000L)
			.goal(GoalType.CUSTOMER_EXPERIENCE, 9, "Reviews above 4.5 stars")
			.description("Odotamme välittömiä säästöjä ensimmäisen kuukauden aikana."));
		create(new DemoTerms("Lumo returns back office", lumo, helmi, today.minusMonths(5))
			.channels(ServiceChannel.BACK_OFFICE)
			.contract(ContractModel.PARTNERSHIP, 24)
			.onboarding(240, 12_000L)
			.payback(8)
			.learningPlan("Returns handled jointly for the first month; weekly error reviews.")
			.goal(GoalType.SCALABILITY, 12, "Christmas returns without backlog"));
		create(new DemoTerms("Lumo social media care", lumo, nordic, today.minusMonths(10))
			.channels(ServiceChannel.SOCIAL_MEDIA)
			.contract(ContractModel.PARTNERSHIP, 36)
			.onboarding(160, 9_000L)
			.payback(9)
			.learningPlan("Tone-of-voice workshops and daily reviews in start-up.")
			.goal(GoalType.CULTURE_CHANGE, 18, "Replies in the brand's own voice"));
		create(new DemoTerms("Lumo loyalty desk", lumo, helmi, today.plusDays(20))
			.channels(ServiceChannel.PHONE, ServiceChannel.EMAIL)
			.contract(ContractModel.PARTNERSHIP, 24)
			.onboarding(300, 15_000L)
			.payback(10)
			.learningPlan("Shadowing before go-live; weekly joint reviews through learning.")
			.goal(GoalType.SALES_AND_VALUE, 12, "Loyalty sign-ups up by a fifth"));
		Map<String, Organisation> byName = Map.of(aurora.getName(), aurora, lumo.getName(), lumo, nordic.getName(),
				nordic, helmi.getName(), helmi);
		for (DemoHistory.Sample sample : DemoHistory.SAMPLES) {
			create(new DemoTerms(sample.name(), byName.get(sample.client()), byName.get(sample.partner()),
					today.minusMonths(sample.monthsAgo()))
				.channels(ServiceChannel.PHONE)
				.contract(ContractModel.PARTNERSHIP, 36)
				.onboarding(300, 15_000L)
				.payback(9)
				.learningPlan("Weekly joint reviews of the dip through start-up and learning.")
				.goal(GoalType.CUSTOMER_EXPERIENCE, 9, "Satisfaction above the old level")
				.description(DemoHistory.DESCRIPTION));
		}
		// Aurora Energy compares two partners' proposals for a new service.
		this.engagements.propose(new DemoTerms(EMAIL_NORDIC, aurora, nordic, today.plusMonths(3))
			.channels(ServiceChannel.EMAIL)
			.contract(ContractModel.PARTNERSHIP, 36)
			.onboarding(300, 15_000L)
			.payback(10)
			.learningPlan("A credit holiday through start-up; targets rise through learning with the expected band.")
			.goal(GoalType.CUSTOMER_EXPERIENCE, 9, "Replies within a working day")
			.goal(GoalType.COST_REDUCTION, 18, "Cost per e-mail down by a fifth")
			.service(EMAIL_SERVICE)
			.build(), LOADER);
		this.engagements
			.propose(new DemoTerms(EMAIL_HELMI, aurora, helmi, today.plusMonths(3)).channels(ServiceChannel.EMAIL)
				.contract(ContractModel.FIXED_TERM, 24)
				.onboarding(60, null)
				.payback(6)
				.goal(GoalType.COST_REDUCTION, 12, "Cost per e-mail down by a fifth")
				.learningPlan("Weekly reviews with the client's e-mail team.")
				.description("Full service levels and credits for every KPI.")
				.service(EMAIL_SERVICE)
				.build(), LOADER);
		this.plans.addTo(aurora, nordic, lumo, helmi, today);
		this.meetingsOfDemo.addTo(today, DemoPlans.MANAGERS);
		this.pulsesOfDemo.addTo(today);
		this.issuesOfDemo.addTo(this.clock.instant(), today);
		// Addresses last: the journey recorded above notifies no one; from now on the
		// demo
		// users get mails (in the outbox, or over SMTP with MAIL_HOST).
		String zone = this.clock.getZone().getId();
		this.contacts.changeContact("admin", new Contacts.Contact("ada.admin@example.com", "en", zone));
		this.contacts.changeContact("client.manager", new Contacts.Contact("kaisa.client@example.com", null, zone));
		this.contacts.changeContact("partner.manager", new Contacts.Contact("pekka.partner@example.com", null, zone));
		this.contacts.changeContact("other.client", new Contacts.Contact("olli.other@example.com", null, zone));
		log.info("Loaded the demo data: logins admin, client.manager, partner.manager, other.client (password: demo)");
	}

	private static DemoTerms finland(Organisation client, Organisation partner, LocalDate goLive) {
		return new DemoTerms("Customer service Finland", client, partner, goLive)
			.channels(ServiceChannel.PHONE, ServiceChannel.CHAT)
			.contract(ContractModel.PARTNERSHIP, 36)
			.onboarding(480, 30_000L)
			.payback(9)
			.learningPlan("Weekly joint quality reviews during start-up; a shared dashboard of the dip; the client's "
					+ "experts sit with the partner's team for the first six weeks.")
			.goal(GoalType.CUSTOMER_EXPERIENCE, 9, "NPS back to 45")
			.goal(GoalType.COST_REDUCTION, 18, "10 % lower cost per contact");
	}

	private Engagement create(DemoTerms terms) {
		return this.engagements.create(terms.build(), LOADER);
	}

}
