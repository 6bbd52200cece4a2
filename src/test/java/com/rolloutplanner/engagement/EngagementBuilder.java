package com.rolloutplanner.engagement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.rolloutplanner.organisation.Organisation;

/** Test fixtures: a sound long-term partnership unless told otherwise. */
public final class EngagementBuilder {

	private String name = "Customer service Finland";

	private Organisation client = new Organisation("Aurora Energy");

	private Organisation partner = new Organisation("Nordic Contact Partners");

	private Set<ServiceChannel> channels = EnumSet.of(ServiceChannel.PHONE, ServiceChannel.CHAT);

	private LocalDate goLive = LocalDate.of(2026, 9, 30);

	private ContractModel model = ContractModel.PARTNERSHIP;

	private int contractMonths = 36;

	private Integer onboardingHours = 400;

	private Long onboardingBudget = 25_000L;

	private Integer paybackMonth = 9;

	private String learningPlan = "Weekly joint reviews in start-up";

	private String description;

	private final List<Goal> goals = new ArrayList<>(List.of(new Goal(GoalType.CUSTOMER_EXPERIENCE, 9, "NPS 45")));

	private EngagementBuilder() {
	}

	private String service;

	public static EngagementBuilder anEngagement() {
		return new EngagementBuilder();
	}

	public EngagementBuilder name(String name) {
		this.name = name;
		return this;
	}

	public EngagementBuilder between(Organisation client, Organisation partner) {
		this.client = client;
		this.partner = partner;
		return this;
	}

	public EngagementBuilder goLive(LocalDate goLive) {
		this.goLive = goLive;
		return this;
	}

	public EngagementBuilder contract(ContractModel model, int months) {
		this.model = model;
		this.contractMonths = months;
		return this;
	}

	public EngagementBuilder onboarding(Integer hours, Long budget) {
		this.onboardingHours = hours;
		this.onboardingBudget = budget;
		return this;
	}

	public EngagementBuilder paybackMonth(Integer month) {
		this.paybackMonth = month;
		return this;
	}

	public EngagementBuilder learningPlan(String plan) {
		this.learningPlan = plan;
		return this;
	}

	public EngagementBuilder description(String description) {
		this.description = description;
		return this;
	}

	public EngagementBuilder noGoals() {
		this.goals.clear();
		return this;
	}

	public EngagementBuilder channels(ServiceChannel... channels) {
		this.channels = EnumSet.copyOf(List.of(channels));
		return this;
	}

	public EngagementBuilder goal(GoalType type, int month, String description) {
		this.goals.removeIf((goal) -> goal.getType() == type);
		this.goals.add(new Goal(type, month, description));
		return this;
	}

	/** The service several partners' proposals are for. */
	public EngagementBuilder service(String service) {
		this.service = service;
		return this;
	}

	public EngagementTerms terms() {
		return new EngagementTerms(this.name, this.client, this.partner, this.channels, this.goLive, this.model,
				this.contractMonths, this.onboardingHours, this.onboardingBudget, this.paybackMonth, this.learningPlan,
				this.description, this.goals, this.service);
	}

	public Engagement build() {
		return new Engagement(terms(), Instant.parse("2026-11-01T10:00:00Z"));
	}

}
