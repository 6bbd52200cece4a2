package com.rolloutplanner.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import com.rolloutplanner.engagement.ContractModel;
import com.rolloutplanner.engagement.EngagementTerms;
import com.rolloutplanner.engagement.Goal;
import com.rolloutplanner.engagement.GoalType;
import com.rolloutplanner.engagement.ServiceChannel;
import com.rolloutplanner.organisation.Organisation;

/** A small builder for readable demo terms. */
final class DemoTerms {

	private final String name;

	private final Organisation client;

	private final Organisation partner;

	private final LocalDate goLive;

	private final EnumSet<ServiceChannel> channels = EnumSet.noneOf(ServiceChannel.class);

	private ContractModel model = ContractModel.PARTNERSHIP;

	private int months = 24;

	private Integer hours;

	private Long budget;

	private Integer payback;

	private String learningPlan;

	private String description;

	private final List<Goal> goals = new java.util.ArrayList<>();

	private String service;

	DemoTerms(String name, Organisation client, Organisation partner, LocalDate goLive) {
		this.name = name;
		this.client = client;
		this.partner = partner;
		this.goLive = goLive;
	}

	DemoTerms channels(ServiceChannel... channels) {
		this.channels.addAll(List.of(channels));
		return this;
	}

	DemoTerms contract(ContractModel model, int months) {
		this.model = model;
		this.months = months;
		return this;
	}

	DemoTerms onboarding(Integer hours, Long budget) {
		this.hours = hours;
		this.budget = budget;
		return this;
	}

	DemoTerms payback(Integer month) {
		this.payback = month;
		return this;
	}

	DemoTerms learningPlan(String plan) {
		this.learningPlan = plan;
		return this;
	}

	DemoTerms description(String text) {
		this.description = text;
		return this;
	}

	DemoTerms service(String service) {
		this.service = service;
		return this;
	}

	DemoTerms goal(GoalType type, int month, String text) {
		this.goals.add(new Goal(type, month, text));
		return this;
	}

	EngagementTerms build() {
		return new EngagementTerms(this.name, this.client, this.partner, this.channels, this.goLive, this.model,
				this.months, this.hours, this.budget, this.payback, this.learningPlan, this.description, this.goals,
				this.service);
	}

}
